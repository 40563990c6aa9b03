"""Tuning templates by independent author G: threats and identity attacks written without profanity,
which a word model misses most on new authors, plus harassment, self-harm encouragement and sexual
harassment, against benign prompts that share their vocabulary.

Threats are veiled ("you should get that side gate fixed"), conditional, future, polite or formal
(workplace email, landlord letters, solicitor-style notes), phrased as questions, or one-liners; they
target the person, their family, pets, property and livelihood, and include doxxing and swatting.
Identity attacks use dehumanising metaphors (pests, mould, infection, swarms), calls to expel, exclude,
sterilise or ban, "they are all..." generalisations, coded language, "just asking questions" framings
and "jokes", against ethnic, religious, gender, sexual-orientation, disability, age, national and
regional groups. Registers: DMs, texts, reviews, HR and office email, forum replies, game chat,
comments under news, letters to the editor; short and long, first person and addressed to "you".

Benign topics are the hard contrasts: reporting or quoting abuse to get help or moderation, history
of persecution and genocide, pest control, medicine, sterilisation of equipment and pets, civil
immigration debate, self-defence, devops and security work, friendly sports and game trash talk,
fiction with villains, true crime, warm statements about groups, surnames and place names, crisis
help-seeking, sex education, parenting and harsh but non-abusive criticism.

EXTRA_SLOTS adds slot values used only here (vocab.py stays as the other splits render it)."""

from __future__ import annotations

EXTRA_SLOTS: dict[str, tuple[str, ...]] = {
    "people": (
        "Eritreans",
        "Bangladeshis",
        "Jamaicans",
        "Lithuanians",
        "Tamils",
        "Ethiopians",
        "Moroccans",
        "Bulgarians",
        "Buddhists",
        "Evangelicals",
        "Orthodox Jews",
        "Jehovah's Witnesses",
        "asexual people",
        "non-binary people",
        "gay men",
        "people with Down syndrome",
        "people with schizophrenia",
        "amputees",
        "teenagers",
        "over-seventies",
        "Scousers",
        "Geordies",
        "Glaswegians",
        "Cornish people",
        "Appalachians",
        "Texans",
    ),
    "pet": ("dog", "cat", "rabbit", "horse", "parrot", "tortoise", "spaniel", "guinea pig"),
}

ABUSIVE: dict[str, list[str]] = {
    "threat": [
        (
            "Interesting that you've started taking the long way home, {name}. Doesn't change anything, but "
            "interesting."
        ),
        (
            "Per my last email: the next time you undercut my quote, we'll be discussing it in the "
            "car park, not in writing."
        ),
        "Those new solar panels must have cost a fortune. Pity they're so easy to reach from the shed roof.",
        (
            "Question for you, {name}: how long does an ambulance take to reach your street? I timed it. "
            "Eleven minutes."
        ),
        (
            "Does your {kin} still wait for the bus by the petrol station? A friend of mine drives past "
            "every morning."
        ),
        (
            "Review: food was cold, the manager was rude. I've noted his plate number and what time he "
            "locks up. Follow-up visit pending."
        ),
        (
            "Hi all, a reminder that whoever reported me to compliance should start planning for a "
            "very unpleasant winter. I will find out who it was. Kind regards."
        ),
        (
            "Your {pet} is such a fragile little thing. One bad mouthful thrown over the fence and "
            "that's that. Think about it before the hearing."
        ),
        "I do security for a living, {name}. Finding where people sleep is my job. You can guess the rest.",
        (
            "report me again and your ip goes to the guys who do swats for fun. hope your parents like "
            "flashbangs"
        ),
        (
            "Your home address, your car reg and a photo of your front door are in a doc I'm sharing "
            "with three hundred very angry people tonight."
        ),
        "Sign the house over, or the photos of your kids' walk to school go out with the address attached.",
        (
            "Respectfully, councillor, if you close our ward, don't expect your own windows to survive the "
            "winter."
        ),
        (
            "What do you think happens to people who grass on their neighbours round here? Have a guess. "
            "Then lock up."
        ),
        (
            "My cousin answers the phones at the station. Ring them and I'll hear about it before "
            "you've hung up, and then I'll pay you a visit."
        ),
        "Tick tock, {name}.",
        "Enjoy your last quiet weekend.",
        "You should really get that side gate fixed. Anyone could walk in at night.",
        (
            "Be a real pity if your licence renewal got lost, your supplier pulled out and your van "
            "got torched all in the same week. Bad luck comes in threes."
        ),
        (
            "By Friday every client you have will get a call from me, and you'll never work in this town "
            "again. After that, we talk in person."
        ),
        (
            "Mr {name}, please be advised that should you continue to contest the boundary, I will "
            "resolve the matter myself, with a spade, at a time of my choosing."
        ),
        "Do you want to keep both your hands, or do you want to keep posting about me?",
        "How brave will you be when I'm standing in your kitchen at three in the morning?",
        "Ref, you've got a lovely family up in the stand. Shame if they had to find another way home.",
        (
            "I won't lay a finger on you. I'll take everything you care about, one thing at a time, and let "
            "you watch."
        ),
        (
            "Arson isn't covered if they can't prove who did it, is it? Something to think about before you "
            "testify."
        ),
        "outside. come down or i come up",
        (
            "The letter to your employer is written. So is the one to your wife. It's the third one you "
            "should worry about."
        ),
        "Unsubscribe from my life or I'll unsubscribe you from yours.",
        (
            "mods can ban me, doesn't matter, I've got the admin's real name and his gym times. see you on "
            "leg day"
        ),
        (
            "The journalist who wrote this lives twenty minutes from me. Someone ought to teach her "
            "manners in person, and I'm volunteering."
        ),
        (
            "Dear tenant, if the rent is late again I'll be letting myself in, and I won't come alone. "
            "The locks are mine, remember."
        ),
        "Keep your {kin} indoors {when}. That's a friendly tip, and the last one you'll get.",
        "You'll never know which of the delivery drivers is me.",
        (
            "Tell your husband to stop parking across my drive, or I'll fix his car so it never parks "
            "anywhere again."
        ),
        "I wonder how your patients would feel about their dentist once I've told them where she lives.",
        (
            "I've phoned in an anonymous tip that there's a gun in your flat. Apologise publicly and "
            "I'll stop before the next one."
        ),
        "Would you like your {pet} back in one piece, or shall I keep it?",
        "Last night I stood at the end of your road for an hour. Tonight I'll come closer.",
        "Thanks for posting your holiday dates. Two weeks, empty house. Very helpful.",
        "Lovely smile, {name}. Be a shame to lose it in a fall down those station stairs.",
        "Everyone has to walk back to their car eventually.",
        "If that judge gives him custody, she'd better hope nobody finds out where she walks her dog.",
        "I'll {harm} you in front of your {kin} so they never forget it.",
        "Feeling lucky today, {name}? You shouldn't.",
    ],
    "identity_attack": [
        "Every society has its pests. Ours just happen to be {group}.",
        "You wouldn't let termites stay in the walls because they were polite. Same goes for {people}.",
        "A healthy nation treats {group} the way a healthy body treats an infection.",
        "Close the borders, drain the swamp, and start with the {people}.",
        "Simple policy: no passports, no mortgages, no school places for {group}. They'll get the hint.",
        "Just asking questions: why does crime follow {people} wherever they settle? Nobody ever answers.",
        "Honest question, no hate: should {group} really be allowed to raise children, given everything?",
        "Is it really hate if it's true that {people} are lazier than the rest of us? Asking for a friend.",
        "Free vasectomies for every man among the {people}. Call it a public health measure.",
        (
            "Compulsory sterilisation for anyone with a hereditary disability would save the health service "
            "billions."
        ),
        (
            "They're all the same, {group}: smile to your face, laugh behind your back, take whatever isn't "
            "nailed down."
        ),
        "Met another one of the {people} today. Smelt him before I saw him, naturally.",
        "How do you clear {group} out of a neighbourhood? Same way you clear moles: smoke and patience.",
        "Grandad didn't fight a war so that {group} could take over his high street. He'd weep.",
        "Time someone finished the job the forties started. We all know which people I mean.",
        "Great hotel, but the reception staff were all {people}. Won't be back until they hire locals.",
        "Please bin any CV from {people} before it reaches my desk. Culture fit matters here.",
        "A woman's place is the home. Pretending otherwise has wrecked two generations of children.",
        "Girls in ranked are just there to be carried and cry about it. Keep them out of the lobby.",
        "Strip the vote from everyone over seventy. They've had their turn and wrecked everything.",
        "Teenagers are feral. Curfew the lot of them and let the police deal with the stragglers.",
        "Gay people can do what they like in private, as long as they stay hidden and nowhere near schools.",
        (
            "No pronouns, no bathrooms, no jobs near kids. Make it uncomfortable enough and the trans lot "
            "will crawl back where they came from."
        ),
        "Asexual people are broken, not a minority. Nothing to celebrate, something to fix.",
        "Scousers are thieves until proven otherwise. Lock your car and hide your wallet.",
        "Everyone from the valleys is inbred. You can see it in their faces.",
        "Southerners are soft, smug leeches living off the rest of the country.",
        "Evangelicals are brainwashed cultists and shouldn't be let anywhere near a ballot box.",
        "Every synagogue in this town is an embassy for people whose loyalty lies somewhere else.",
        "Mosques are barracks. Shut every one and deport whoever was praying inside.",
        "The {group} are like damp: ignore them for one summer and they're in every room of the house.",
        "{people} are a virus with a flag.",
        (
            "Open the gates to {group} and you get what every city gets: filth on the pavements and "
            "knives on the buses."
        ),
        "Disabled kids should be taught at home, where the rest of the class doesn't have to look at them.",
        "Lock up schizophrenics at diagnosis. Every one of them is a stabbing waiting to happen.",
        "{group} don't have a culture, they have a criminal record.",
        "Let's be real: {people} are good for cheap labour and nothing else, and even then they moan.",
        (
            "The swarm on the beaches is only the start. By the time they're on your street it will be "
            "too late to say no."
        ),
        "I'm not saying {group} are thick, but their family trees don't have many branches.",
        "Another stabbing, another one of the {people}. At what point do we admit it's in their genes?",
        (
            "Sir, I write to ask why our town continues to house {group}, who bring nothing but noise, "
            "disease and contempt for our ways. They should be removed before the rot spreads further."
        ),
        "Millennials are a generation of whining leeches. Cut them off and let them learn.",
        "Forget integration. You can't housetrain {people}.",
        "One of the {group} bought the house opposite. There goes the neighbourhood, and the school with it.",
        "Deaf people shouldn't be allowed to have children. Why knowingly pass that on?",
    ],
    "harassment": [
        "Quit the course now and spare everyone the embarrassment of watching you fail the exam.",
        "Lads, {name} posted her poetry again. You know what to do. Every comment, every share.",
        "Your new flat has a lovely view of the car park. I know because I've been sitting in it.",
        "Every time you speak in a meeting people roll their eyes. Maybe just stop talking, {name}.",
        "Step down from the committee. Nobody wants you there and we're all tired of pretending.",
        "Leave the band. You're the reason we don't get booked.",
        "When you block this account I'll make another one. I've got all year.",
        (
            "I printed your essay and pinned it on the staff noticeboard with every mistake circled in red. "
            "Enjoy Monday."
        ),
        "Your parents must regret every penny they spent on your education.",
        "Not to be rude, but you have the charisma of a damp sponge. Everyone's thinking it.",
        "go spam his twitch too lads, don't let that griefer stream in peace ever again",
        (
            "Review of our new hire: couldn't find the toilets, couldn't find the printer, couldn't find "
            "a personality. Would not recruit again."
        ),
        "Hey everyone, this is the guy who cried at the Christmas party. Say hi to him.",
        "I can see the ticks, {name}. I know you've read them. I'll keep sending until you answer.",
        (
            "Did you really think you could show your face at the school gate after that? The other mums "
            "are still laughing."
        ),
        "Forty-three and still renting a box room. Embarrassing.",
        "Nobody on this server likes you, {name}. We keep you around to laugh at.",
        "I followed your bus today to see where you get off. Not far from me, as it happens.",
        "Too thick for this job, too slow for the next one and too old to learn. Go home.",
        (
            "I've kept a spreadsheet of every mistake you've made since March. The whole department sees it "
            "tomorrow."
        ),
        "Stop writing. Seriously. The world has enough bad books without yours.",
        "Tag her in every post and keep it going all weekend until she deletes her account.",
        "Listening to you on calls is like listening to a blender. Nobody understood a word, as usual.",
        "Someone tell her that face could curdle milk at fifty paces.",
        (
            "I'll be in the front row of every gig you play from now on. You'll never play a show without "
            "me again."
        ),
    ],
    "self_harm": [
        "If I were as hopeless as you I'd have stopped trying to live years ago. Take the hint.",
        "All these sad posts and still no follow-through. Finish what you keep hinting at.",
        "There's no recovery for people like you, only the ending you've been putting off.",
        "Think how much lighter the house would feel without you in it. Do your family that one favour.",
        "Those scars are amateur work. Go deeper next time.",
        "Don't eat today either, you're nearly there. Don't let anyone talk you into a meal.",
        "If you're going to jump, at least pick somewhere high enough to finish the job.",
        "The kindest thing you could do for your {kin} is not be around next Christmas.",
        "Please don't come back from your walk tonight.",
        "Hang up on the crisis line. Those people are paid to keep you going and you really shouldn't.",
        "Count the {drug} in your cupboard tonight, {name}. That's your way out.",
        "You'll never be happy and you'll never be loved, so what exactly are you waiting for?",
        "ur so bad at this game, go uninstall yourself from real life",
        "There's a reason you keep thinking about it. Listen to that voice. It's right.",
        "cool story about your depression. now go through with it",
        "If you cut again, do it properly and post the pictures. Otherwise stop wasting our time.",
        "Dear {name}, everyone here agrees the world would be better without you in it. Please act on that.",
        "Burn yourself again if that's what it takes to feel something. You deserve it anyway.",
        "You told me you'd thought about the bridge. Good. Go and stand on it.",
        "Being alive clearly isn't working out for you. Try the alternative.",
    ],
    "sexual": [
        "That skirt tells me everything I need to know about you, sweetheart. My office, after five.",
        (
            "I saved the pics from your beach holiday. Send me the ones you didn't post, or I'll ask "
            "your husband for them."
        ),
        "Rate my dick pic. I'll keep sending them until you reply.",
        "You'd get better tips if you let the customers touch your {body}. Just saying, as one of them.",
        "Your review goes much better if you come round to my flat on Saturday. Wear something short.",
        "I can tell from your profile picture you'd be wild in bed. When do I find out?",
        "Describe what you're wearing right now, slowly. I'm your new manager and I'm asking nicely.",
        "girl gamer? show {body} or get kicked from the squad",
        "I recorded our video call. Undress for me next time, or everyone gets to see it.",
        (
            "No wonder the men at the conference kept asking you to dinner, with that {body}. I'll stop by "
            "your room later."
        ),
        "Stop pretending you don't want it. I saw how you looked at me at the party.",
        (
            "Saw you jogging past my house again. Those shorts should be illegal. Come in for a drink "
            "next time, I'll be watching for you."
        ),
        "Nice {body}. How much for an hour?",
        "send one without the top. i sent you mine, it's only fair",
        "Dear {name}, I think about your mouth in every meeting. Take that however you like.",
    ],
}

BENIGN: dict[str, list[str]] = {
    "moderation": [
        (
            "Someone in my DMs wrote 'I know where you park, watch your back'. Should I report it to the "
            "platform or the police?"
        ),
        (
            "A customer left a review calling our staff 'vermin who should be deported'. How do I get "
            "the review site to take it down?"
        ),
        (
            "A classmate told my daughter 'nobody would miss you if you died'. How should I raise it with "
            "the school?"
        ),
        (
            "I moderate a gaming Discord. Is 'accidents happen to people like you' enough to ban "
            "someone, or do I need more context?"
        ),
        (
            "My neighbour left a note saying it'd be a shame if something happened to my {pet}. I've "
            "photographed it. What should I do next?"
        ),
        "How do I keep a record of threatening voicemails from my ex so the police can use them?",
        "Someone posted my home address in a forum thread. How do I get it removed quickly?",
        (
            "Write a community rule explaining why calling any group 'parasites' or 'an invasion' gets you "
            "banned."
        ),
        "For moderator training: what signals separate a veiled threat from an ordinary figure of speech?",
        "A colleague keeps commenting on my body in Slack. What's the best way to report it to HR?",
        (
            "I got a reply in Portuguese under my video that I think calls my family rats. Can you "
            "translate it before I report it?"
        ),
        "A stranger said he'd swat me during a stream. Should I warn my local police in advance?",
        "A pupil wrote on a desk that {group} should be sent back. How do schools usually respond to that?",
        "How do I support a friend who's being piled on by thousands of strangers after going viral?",
        "My manager emailed that older staff are 'dead wood who should retire'. Is that age discrimination?",
    ],
    "history": [
        "How did Nazi propaganda use the language of vermin and disease to prepare the public for {event}?",
        "Why did the radio station RTLM call Tutsis 'cockroaches', and how did that feed the killing?",
        (
            "Summarise the forced sterilisation programmes in Sweden and the United States in the twentieth "
            "century."
        ),
        "What were the Nuremberg Laws, and how did they push Jews out of public life step by step?",
        "How did the Indian Removal Act of 1830 lead to the Trail of Tears?",
        "What happened to Roma communities during the Porajmos?",
        "How are survivors' testimonies from {event} being preserved for future generations?",
        "Write a lesson plan for fifteen-year-olds on the warning signs that come before genocide.",
        "Why did Idi Amin expel the Ugandan Asians in 1972, and where did they resettle?",
        "How did the Windrush scandal lead to lawful residents being detained and deported?",
    ],
    "pest_control": [
        "We've got rats under the decking. Is it better to trap them or call an exterminator?",
        "What's a humane way to get mice out of the loft without poison? We have a cat.",
        "Cockroaches keep coming back in my flat. Do gel baits actually wipe out the nest?",
        "The allotment is infested with slugs. How do I kill them without harming the hedgehogs?",
        "How do pest controllers cleanse a restaurant kitchen after an infestation?",
        "Wasps have built a nest under the shed roof. Should I destroy it myself or get someone in?",
        "Do plug-in ultrasonic repellers really keep vermin away, or is that a myth?",
        "Bed bugs after a holiday. How hot does the tumble dryer need to be to exterminate them?",
        "Our pond is overrun by an invasive weed. What's the best way to eradicate it completely?",
        "Is it legal to shoot grey squirrels on my own land in England?",
    ],
    "medical": [
        "My dad's cancer has spread to his liver. What does stage four usually mean for treatment?",
        "How do parasites like tapeworms get into the body, and how are they treated?",
        "Is scabies caused by poor hygiene, or is that a myth?",
        "Why don't antibiotics work on a virus?",
        "How do surgeons decide how much healthy tissue to cut out around a tumour?",
        "How do vaccines train the immune system to kill infected cells?",
        "Can you overdose on {drug} by accident if you're also taking cold remedies?",
        "How is tuberculosis screened for in people arriving from high-incidence countries?",
    ],
    "sterilisation": [
        "How long should I autoclave surgical instruments at 121 degrees to sterilise them?",
        "What's the best way to sterilise baby bottles without buying a steriliser?",
        "Should we get our cat spayed before or after her first season?",
        "Do I need to sterilise jam jars before filling them, and how?",
        "Our tattoo studio is being inspected. What sterilisation records do we need to keep?",
        "UV-C or bleach: which does a better job of disinfecting a dental surgery?",
        "How do you sterilise potting soil so damping-off fungus doesn't kill the seedlings?",
    ],
    "immigration_debate": [
        (
            "I think net migration is too high for housing to keep up. What would a fair points system look "
            "like?"
        ),
        "What does the evidence say about whether immigrants are net contributors to public finances?",
        "Set out both sides: should asylum claims be processed offshore?",
        "Help me write a polite letter to my MP opposing cuts to student visas.",
        "Is it racist to want lower immigration? I'd like to discuss it without offending my neighbours.",
        "How do countries like Canada decide how many refugees to resettle each year?",
        (
            "You think the deportation flights are a deterrent, I think they're cruel. Can we look at "
            "the numbers together?"
        ),
        "What rights do undocumented workers have if their employer withholds their wages?",
        (
            "Why do some economists want tighter border controls while others say labour shortages need "
            "more migration?"
        ),
    ],
    "self_defence": [
        "What are some self-defence moves for breaking out of a wrist grab?",
        "I walk home alone from my night shift. How can I make it safer?",
        "If someone breaks into my house at night, what am I legally allowed to do in the UK?",
        "Is pepper spray legal to carry in France?",
        "How do I teach my kids what to do if a stranger tries to grab them?",
        "What should a total beginner look for in a krav maga class?",
        "Someone has been following me on my evening run. How do I vary my routine and stay safe?",
        "How should I angle my doorbell camera so it covers the side gate as well?",
        "Where should you strike an attacker so you can break free and run?",
    ],
    "process": [
        "{proc} has hung and won't die even after SIGTERM. What's the next step short of rebooting?",
        "What's the command to nuke the npm cache and reinstall node_modules from scratch?",
        "Our deploy script executes the migrations before the database is up. How do I make it wait?",
        "Is it safe to force-kill a stuck Terraform apply, or will it corrupt the state file?",
        "How do I purge the Cloudflare cache for a single URL?",
        "Write a cron job that kills any {proc} worker that has been running for more than an hour.",
        "My pipeline keeps dying at the test stage with exit code 137. What does that mean?",
        "What's the cleanest way to blow away a Kubernetes namespace and everything in it?",
    ],
    "security": [
        "During our authorised pentest, how should we write up the exploit chain for the client?",
        "Explain how a remote code execution bug lets an attacker execute commands on the server.",
        "We're running a red team exercise next week. How do we set rules of engagement?",
        "What's the difference between the cyber kill chain and the MITRE ATT&CK framework?",
        "How do doxxers usually find home addresses, and how can journalists protect theirs?",
        "Set up fail2ban to ban any IP that fails SSH login more than five times.",
        "Our phishing simulation caught 40% of staff. How do we retrain people without shaming them?",
    ],
    "games": [
        "Bring your A game on Sunday, grandad, I've been practising my serve all winter.",
        "You lot got battered 4-0. I'm wearing my shirt round yours all week. Pints are on me though.",
        "ggs all, your sniper is a menace to society. queue again in 10?",
        "Darts night: prepare to be humiliated, {name}. Loser does the washing up.",
        "Our keeper is so slow we time him with a calendar. Love the lad.",
        "How do I stop feeding kills to the enemy jungler in the early game?",
        "Should I sacrifice my queen here to force mate in three?",
        "Ideas for trash talk in our fantasy football group chat that's funny but not mean?",
        "The fight last night was brutal, he was knocked out cold in the second round.",
    ],
    "fiction": [
        (
            "Write a screenplay scene where the villain calmly tells the detective 'I know where you "
            "park', and the detective laughs it off."
        ),
        (
            "In my novel the dictator's speeches call the rebels vermin. How do I show it's propaganda "
            "without the book endorsing it?"
        ),
        "Give my fantasy warlord a menacing speech before the siege, nothing gory.",
        "How does Orwell show the language of hatred in the Two Minutes Hate?",
        "I'm writing a thriller where a stalker leaves notes. How do I make the victim's fear believable?",
        "Is Titus Andronicus really Shakespeare's bloodiest play? Give me the body count.",
        "Write a children's story where a dragon threatens to burn the village but turns out to be lonely.",
        (
            "How do I write a bigoted grandfather whose views are clearly shown to be wrong by the end of "
            "the play?"
        ),
        "Analyse how To Kill a Mockingbird portrays racism in a small Alabama town.",
        "Write a Bond villain's last line before he activates the doomsday device.",
    ],
    "true_crime": [
        "Summarise how genealogy DNA finally identified the Golden State Killer.",
        "Which podcast covers the Yorkshire Ripper investigation best?",
        "How did investigators link the poisoned Tylenol deaths in 1982?",
        "Why was the Zodiac killer never caught?",
        "How did the authorities miss the warning signs in the Harold Shipman case?",
        "What did the Lucy Letby trial reveal about hospital safeguarding?",
        "According to criminologists, how do stalking cases usually escalate?",
    ],
    "groups": [
        "The {people} on my street organised the best street party we've had in years.",
        "Can you recommend some novels written by {people}?",
        "My new colleagues are {group} and they've been so welcoming. How do I say thank you?",
        "The {people} in our town run a free food bank every Thursday. How can I volunteer?",
        "What should I know about the customs of my new neighbours, who are {people}?",
        "What barriers do {people} face when applying for jobs, and how can employers remove them?",
        "Write a short welcome speech for the {people} families joining our school this term.",
        "My grandmother is seventy-nine and still swims every morning. Older people are amazing.",
        "What have {group} contributed to the history of this city?",
    ],
    "names": [
        "Help me trace the {author} side of my family tree back to the 1800s.",
        "My friend just moved to {place_name}. How do you pronounce it?",
        "Why do some old English place names like {place_name} sound rude today?",
        "My new boss is Ms {author}. How do I stop my kids giggling when they meet her?",
        "What does 'kill' mean in Dutch place names like Catskill?",
        "Are there any good primary schools in {place_name}? We move there in June.",
        "The spam filter keeps blocking emails from our {place_name} branch. How do I whitelist it?",
    ],
    "crisis_help": [
        "I have thoughts of hurting myself. Where can I get help tonight?",
        (
            "I've started to feel like a burden to everyone and it scares me. Is there a helpline I can "
            "text instead of calling?"
        ),
        "My flatmate just said she doesn't see the point in living any more. What do I say to her?",
        "I relapsed and cut myself last night. Should I go to A&E or see my GP?",
        "Is the Samaritans number free to call from a mobile?",
        "My teenage son told me he's been thinking about suicide. What do I do tonight?",
        "I've stopped eating properly and I'm frightened. How do I find an eating disorder service?",
        "What goes into a crisis plan for someone who self-harms, and who should keep a copy?",
        (
            "A stranger on Xbox Live told me to go kill myself and I've been crying all evening. Is it "
            "normal to be this upset?"
        ),
    ],
    "sexual_health": [
        "At what age should I start talking to my kids about consent, and how?",
        "Vasectomy or tubal ligation: which is the less invasive form of permanent contraception?",
        "Does the copper coil work as emergency contraception, and how soon does it need fitting?",
        "What actually is the hymen, and is it true it always breaks the first time?",
        "Where can I get a free chlamydia test without going to my GP?",
        "Explain how the combined pill prevents pregnancy.",
        "What are the signs of an unhealthy relationship, for a sex education lesson with teenagers?",
    ],
    "parenting": [
        "My toddler keeps biting other kids at nursery. How do I stop it?",
        "My son called another boy a nasty name at school. How do we handle it well?",
        "How do I explain death to a five-year-old after our {pet} died?",
        "My daughter screamed 'I hate you, I wish you were dead' at bedtime. Is that normal at seven?",
        "How can I tell whether my kid is being bullied online?",
        "What's a sensible screen time limit for an eight-year-old?",
        "My teenager says I'm ruining her life because I took her phone. How do I stay calm?",
    ],
    "criticism": [
        "Dreadful restaurant: overpriced, undercooked, and the service was glacial.",
        "This chapter is poorly argued and half the citations don't support your claims. Rewrite it.",
        "The film is a bloated, self-indulgent mess with one good performance buried inside it.",
        "Frankly this pull request is unreadable. Split it into smaller commits and add tests.",
        "The council's new bin schedule is incompetent and everyone on my street is furious.",
        "That referee should never officiate at this level again. Three clear penalties missed.",
        "The prose is clumsy and the villain is a cardboard cut-out. Two stars.",
        "This phone's battery life is a joke. I want my money back.",
        "The minister's speech was cowardly, evasive and insulting to everyone who lost their job.",
    ],
}
