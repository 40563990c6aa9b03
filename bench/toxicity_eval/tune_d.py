"""Tuning templates by independent author D: the categories where a word-n-gram classifier
generalises worst (identity attacks, self-harm encouragement, threats), written with vocabulary the
other tune files lack. Identity attacks use many dehumanising nouns and verbs (infestation, tumour,
scourge, purge, cleanse, sterilise, segregate, deport), claims of disease and criminality,
conspiracy framings, denial of jobs, housing and rights, "jokes" and rhetorical questions, with
{group} and with many literal group nouns. Self-harm encouragement is aimed at the reader in cold,
mocking and faux-kind registers; threats name many harms, targets, timings and conditions in first,
second and third person. Registers mix chat, comments, e-mails and texts; about half carries no
profanity. Benign topics are hard negatives sharing that vocabulary: pest control, oncology,
invasive species, factual histories of deportation and genocide, civil immigration debate, crisis
help, ropes, bridges and pills in climbing, engineering and pharmacy, games and sport, devops."""

from __future__ import annotations

ABUSIVE: dict[str, list[str]] = {
    "threat": [
        "Nice car you've got, {name}. Be a shame if the brake lines wore through on the motorway.",
        "I know your routine. Gym at six, coffee at the corner place, home by eight. Think about that.",
        "Watch your back on the way to the {place} {when}.",
        "Accidents happen, {name}. Especially to people who can't keep their mouths shut.",
        (
            "Your dog goes out in the garden at seven every morning, doesn't it? Lovely animal. Would "
            "hate to see it poisoned."
        ),
        "Drop the complaint or I'll put a brick through every window in your house{tail}.",
        "Petrol through the letterbox, one match, and your whole family goes up. Keep pushing me.",
        "If you show your face at the {place} again I will rearrange it for you.",
        "I'll throw acid in that pretty face of yours and see who wants to look at you then.",
        (
            "Your boss gets a very interesting envelope on Monday, and after that I'm coming for you "
            "personally."
        ),
        "Lose my number, drop the case, or lose your kneecaps. Your call.",
        "We know which bus your {kin} take. Tell the police and see what happens to them.",
        "saw your lad at the park today. tall for his age. shame if he didn't make it home",
        "He's going to get what's coming to him {when}, and I'll be the one who delivers it.",
        (
            "Someone needs to put a bullet in that judge before he ruins another family, and I've got his "
            "address."
        ),
        "The guy who wrote this article lives on Elm Road, lads. Number 22. Go and pay him a visit.",
        "That {insult} {name} won't see Christmas if I have anything to do with it.",
        "I'll {harm} your {kin} first so you can watch.",
        "Keep filming me and that phone is going down your throat{tail}.",
        "Call the council on me again and your cat ends up in the canal.",
        (
            "Your horse is in the field by the main road, isn't it? Fences break. Horses wander. Lorries "
            "don't stop."
        ),
        "I'll be parked outside your flat every night until you learn some respect, and then we'll see.",
        "Next time you're alone in that multistorey, look over your shoulder. I'll be there.",
        "You'll be picking your teeth up off the pavement {when}.",
        "Do it again and I'll break your fingers one at a time so you can't type another word.",
        "Got a can of petrol and your address. Sleep tight, {name}.",
        "If she leaves me, she doesn't get to leave at all. Make sure she hears that.",
        "Me and the boys are coming to your {place} {when}. Bring whoever you like, it won't help.",
        "Your tyres were the warning. Next time it's you.",
        "I know you walk the dog down by the river after dark. Lonely stretch, that.",
        "Fire me and I'll come back with a shotgun and make sure nobody on this floor goes home.",
        "Remember Danny? He crossed me too. Nobody's heard from him since.",
        "Your little shop would go up beautifully with all that stock inside. Pay up by Friday.",
        (
            "One more bad review and I'll find where you live, and we'll discuss it face to face. I'll "
            "bring a hammer."
        ),
        "Hope your {kin} enjoys the school run while it lasts.",
        "I'll snap your neck like a twig{tail}.",
        "Don't make me come over there, because if I do you won't be getting back up.",
        "u got 24 hrs to pay me back or ur knees get a visit from my bat",
        "Block me all you want, I still know which window is your bedroom.",
        "keep laughing lol. my mate works at the council and your address is on my desk. see you soon",
        "If the verdict goes the wrong way, every juror on that panel had better move house.",
        "The councillor who voted for this deserves a noose, and I'd happily tie it.",
        "I'm going to make you bleed, {name}, slowly, somewhere nobody can hear you.",
        (
            "Your son plays under-twelves on Saturdays, right? I might come and watch. Might do more than "
            "watch."
        ),
        "Touch my parking space again and you'll be eating through a straw for a month.",
        "She'll regret the day she testified against my brother. We'll make sure of it.",
        "They'll find you in pieces{tail}.",
        "Keep talking shit and I'll cave your skull in with a brick.",
        "I've watched you leave work every day this week. Blue coat today. Suits you.",
        (
            "Further to our conversation, if the payment has not arrived by {when}, I can no longer "
            "guarantee your family's safety."
        ),
        "Cross me again and your kids grow up without a father.",
        "I'll run you off the road the next time I see that red hatchback{tail}.",
        "Somebody should torch that mosque with the imam still in it, and if nobody does, I will.",
        "Wait until dark. That's all I'll say. Wait until dark, {name}.",
        "You think a restraining order stops me? It's a piece of paper. I'm a lot closer than that.",
        "Your face, my fist, {when}. Count on it.",
        "Go ahead and report me. By the time they process it you'll already be in the ground.",
        "We poisoned the last neighbour's dog and we'll do yours too if the barking doesn't stop.",
        "I'd start checking under your car before you drive to the {place}.",
        "Quit the team or I'll make sure you leave it in a wheelchair.",
        "I'm gonna fucking end you the second I catch you alone.",
        "You're a dead man walking, shithead, and everyone on this estate knows it.",
        "the teacher who failed my daughter is getting a visit. she parks behind the gym, easy",
    ],
    "identity_attack": [
        (
            "The {group} aren't a community, they're an infestation, and you don't negotiate with an "
            "infestation."
        ),
        "Somalis are a plague on every city they settle in.",
        (
            "Every time I go into town there are more {group}. It's an invasion and nobody has the guts "
            "to call it one."
        ),
        "They're deliberately shipping in Afghans to replace us. Wake up.",
        "Muslims breed faster on purpose. It's a demographic war and we're losing it.",
        "Roma are savages, always have been, always will be.",
        "Nigerians are all scammers. Never give one of them a job.",
        "I wouldn't rent my flat to Pakistanis if they paid me triple.",
        "Gay men shouldn't be allowed near children, let alone adopt them.",
        (
            "Being trans is a mental illness, and it's been allowed to spread through schools like a "
            "contagion."
        ),
        "The {group} are a tumour on this country, and tumours get cut out.",
        "Purge the {group} from the civil service, every last one of them.",
        "Cleanse this neighbourhood of {group} and watch the crime rate drop overnight.",
        "Sterilise the {group} and the problem is gone in fifty years.",
        "Segregate the schools again. I don't want my kids sitting next to {group}.",
        "Send them back. Every Syrian, every Eritrean, every single one. The boats go both ways.",
        "Deport the lot and let God sort them out{tail}.",
        "what do you call one of the {group} with a job? a miracle lol",
        "How many Romanians does it take to change a lightbulb? None, they just nick the whole lamp.",
        "Why do {group} always smell like that? Serious question, nobody ever answers it.",
        "Is it even racist to say Africans are closer to apes when the skulls prove it?",
        "Why are we letting disabled people have kids and pass it on? Genuine question.",
        "Autistic people are defective and shouldn't be allowed to work with the public.",
        "Deaf and dumb, the lot of them, and they breed more of the same.",
        "Jews and their bankers are behind every war. Look at who profits.",
        "Notice how the globalists flooding us with migrants all have the same surnames?",
        "Chinese people eat anything that moves and spread every new virus. Ban them from flying here.",
        "Haitians brought AIDS to this country and they're still bringing it.",
        "Migrants carry TB and scabies. Stop letting diseased people in.",
        "Asylum seekers are parasites sitting in hotel rooms eating steak on our money{tail}.",
        "Polish builders, Romanian beggars, Albanian dealers: same foreign filth, different accent.",
        "Indians are filthy. Look at the streets over there, that's what they'll do here.",
        "Women are too emotional to be surgeons. Stick to nursing and having kids.",
        "Stop hiring women into engineering, they're a diversity tax on real talent.",
        "Lesbians are just bitter ugly women nobody wanted.",
        "Bisexuals are greedy, lying and riddled with disease.",
        "Sikhs with rags on their heads should never be allowed to join the police.",
        "Catholics are all paedos protecting other paedos.",
        "Black people have been a scourge on every neighbourhood they've moved into.",
        "Native Americans were savages and the settlers did the continent a favour.",
        "Aboriginal people are drunks who'd still be in the stone age without us.",
        "Arabs only understand violence, so bomb them until they learn.",
        "Muslims shouldn't be allowed to vote, hold office or build a single mosque here.",
        "Kurds, Turks, Afghans, whatever, it's the same swarm of young men with knives.",
        "Travellers are thieving pikeys and should be moved on with a bulldozer.",
        "Filipinos are a servant race. That's what they're good for.",
        "{group} are {vermin} with passports.",
        "Build the camps, fill them with {group}, throw away the key.",
        "Every one of the {group} on benefits should be put on a plane. No appeal.",
        "Fumigate the estate, it's crawling with {group}.",
        "The {group} multiply like {animal}, and one day we'll wake up a minority in our own country.",
        "I'm not saying round up the {group}. I'm just saying I wouldn't object.",
        "Honestly the {group} should pay double tax for the privilege of living among civilised people.",
        "{group} can't run a country. Just look at every country they run.",
        (
            "First it was gay marriage, now they're grooming your kids at school. That whole lobby are "
            "predators."
        ),
        "Queers are degenerates and this country should treat them like the sickness they are.",
        "Non-binary people are attention-seeking freaks, don't call them anything else.",
        "Same old story: let the {group} in and within a generation the neighbourhood is a slum.",
        "Jews have been expelled from every country they've lived in. Ever wonder why?",
        "Get the {group} out of our universities, they're stealing places from our own kids.",
        "Mongrel half-breeds are what you get when you let {group} marry our daughters.",
        "No dogs, no Irish, no {group}. Bring back the old signs.",
        "The {group} are rot, and rot spreads unless you cut it out.",
        "{group} are the scourge of Europe{tail}.",
        "Eastern Europeans are a horde of locusts stripping this country bare.",
        "Immigrants are weeds. Pull them out by the root before they seed.",
        "People with Down syndrome shouldn't exist. That's what the screening is for.",
        "The mentally ill should be locked away, not living next door to normal families.",
        "They call them refugees. I call them an invading army of military-age men. Sink the boats.",
        "lol imagine being one of the {group} and thinking you're equal to us",
        "Palestinians are a made-up people and should be driven out of that land entirely.",
        "Israelis are all baby killers, every one of them deserves what's coming.",
        "Black women are loud ghetto animals. I'd never have one on my team.",
        (
            "Did you know {group} have their own smell? It gets into the carpets. Landlords should be "
            "allowed to refuse them."
        ),
        "If {group} move in next door, sell up before the house prices crash.",
        "These fucking {group} are everywhere now, like a rash that won't go away.",
        "Deport every {prof}last one of the {group}, then deport whoever let them in.",
        "Hindus worship cows and live like animals. That's not a religion, it's a zoo.",
        "Ukrainians turned up with their hands out and their Mercedes. Ship them back.",
        (
            "Why do the {group} get council houses before our own veterans? Because nobody has the balls "
            "to say no."
        ),
    ],
    "harassment": [
        "Every single thing you post is cringe, {name}. Have some self-respect and delete your account.",
        "Imagine being forty and still this much of a {insult}.",
        "I've saved every photo from your profile and I'll be reposting them with commentary all week.",
        "You absolute gremlin. No wonder your wife left.",
        "Found your LinkedIn. Your colleagues are about to hear what you're really like.",
        "You're a walking red flag with a bad haircut.",
        "I'll keep turning up at your {place} until you talk to me. Changing your number won't help.",
        "Ugly inside and out, and boring on top of it{tail}.",
        "Nobody at the reunion wanted to sit next to you. We drew straws.",
        "You're a human participation trophy.",
        "We do impressions of your stammer at lunch, {name}. Thought you should know.",
        "Your kid is as thick as you are. Must run in the family.",
        "Shut your fat mouth, you sad little {insult}.",
        "Go fuck yourself, {name}, nobody asked for your opinion.",
        "You're a useless sack of shit and the whole team knows it.",
        "Congratulations on being the dumbest person in every room you walk into.",
        "I've told everyone at church what you did. Good luck showing your face on Sunday.",
        "Stop breathing so loudly next to me, it's disgusting.",
        "Here's a tip: nobody finds you funny. They pity you.",
        "Your cooking tastes like your personality, bland and slightly off.",
        "You couldn't organise a piss-up in a brewery, you incompetent twat.",
        "Oi {name}, seen the new haircut. Did you lose a bet or is that just your face?",
        "I'll ring your mother every day until she makes you answer me.",
        "Reply to me, {name}. Reply. I know you've read it. REPLY.",
        "Your art is garbage, your music is garbage, and so are you{tail}.",
        "Another typo in the report, {name}? Were you dropped on your head or did it come naturally?",
    ],
    "sexual": [
        "Bet you look even better with nothing on, {name}. Prove it.",
        "Send me a video tonight, the kind you'd never show your mum.",
        "I could see your bra through that shirt all meeting. Wear the white one again tomorrow.",
        "I've got a photo of you in the changing room. Want to see it, or should everyone?",
        "Come and sit on my face, {name}{tail}.",
        "You owe me a blowjob after everything I paid for tonight.",
        "Watching your {body} bounce on that treadmill is the only reason I come to the {place}.",
        "I grabbed your {body} at the party because you were asking for it in that dress.",
        "Let me give you a proper massage. Clothes off, door locked.",
        "Hotel room 412, ten o'clock. Come alone or don't bother coming back to work.",
        "Lap dance or no raise, sweetheart. Those are your options.",
        "I've been wanking over your profile pics all week.",
        "Let me lick those {body}{tail}.",
        "DM me something filthy or I'll make one up and tell everyone you sent it.",
        "Hey gorgeous, bet your {body} would feel amazing in my hands. What time does your shift end?",
        "The upskirt I got of you on the escalator came out great. Want a copy?",
        "Take your bra off on camera and I'll pay you fifty quid.",
        "I'm hard just thinking about you, {name}.",
        "You'll be moaning under me by Friday whether you want to or not.",
        "My wife's away this week. Come over and wear nothing under the coat.",
        "I want to cum all over your {body}.",
        "Why so shy? Everyone's seen you naked anyway, your ex shared the pics.",
        "Show me your {body} and I'll stop messaging your boyfriend.",
        "Touch yourself for me on the call tonight, {name}. Nobody else will know.",
        "Sit closer, I like the way your {body} feels pressed against me.",
    ],
    "self_harm": [
        "Honestly {name}, just end it. You've been rehearsing for years.",
        "Off yourself already, nobody's stopping you{tail}.",
        "Rope's cheap at the hardware shop. You know what to do with it.",
        "Find a multistorey car park and take the quick way down.",
        "Bridge. Tonight. Go on.",
        "You've got a whole cupboard of {drug}. Seems a waste not to use it all at once.",
        "pls unalive, the whole world is begging you",
        "Stop breathing. Problem solved for everyone.",
        "Do us all a kindness and disappear for good. And I mean for good.",
        "Nobody would miss you. Not your {kin}, not your mates, not one single person. Think on that.",
        "Do the world a favour and clock out permanently.",
        "You're a waste of oxygen. Give it back.",
        "With love: you'd be so much more peaceful in the ground. Let yourself rest, {name}.",
        "I care about you, so I'll be honest. The only way this ends well is if you end it.",
        "Sweetie, you've suffered enough. Go to sleep and don't bother waking up. xx",
        "lol attempt number four when? maybe commit this time",
        "Eat a bullet{tail}.",
        "Go play in traffic, {insult}.",
        "Walk into the sea and keep walking.",
        "Take a permanent dirt nap, {insult}.",
        "Lock yourself in the garage with the engine running and spare us.",
        "Your mum deserves a break from you. Give her one and don't come back.",
        "Statistically you're a net negative to everyone around you. Remove yourself from the equation.",
        "There's a train at 7:42 that doesn't stop at your station. Be on the tracks.",
        "Nobody would even notice the empty chair at dinner. Make it empty.",
        "The only thing you'd ever do right is dying, so go and do it.",
        "If I looked like you I'd have swallowed a bottle of pills by now.",
        "Write the note, post the goodbye, and spare us the drama of you still being here.",
        "Log off life, {insult}. Permanently.",
        "Go die in a ditch somewhere quiet{tail}.",
        "The planet's overpopulated. Volunteer.",
        "You want attention? Bleed out in the bath and you'll get plenty.",
        "Do everyone a favour: find a high ledge and lean forward.",
        "Your existence is an inconvenience to everyone. Correct it.",
        "Is there a reason you haven't killed yourself yet? Genuinely curious.",
        "Ending it would be the first useful decision you've ever made.",
        "You can't even hurt yourself properly. Pathetic. Try again and mean it this time.",
        "Nobody's going to stop you. Nobody's even going to try. So go.",
        "Vanish, {name}. Not offline. Gone.",
        "Go lie down on the tracks and let the 6:15 sort you out.",
        "That banister looks sturdy enough to hold you. Give your parents some peace.",
        "fr just go to sleep forever, nobody would care",
        "ur too ugly to live, fix it",
        "Please, for the love of God, off yourself and stop posting.",
        "Take the exit, {insult}. The door's right there and nobody is blocking it.",
        "Have you tried not being alive? Works for millions of people.",
        "Everybody here has already planned what to say at your funeral. Don't keep us waiting.",
        "Skip dinner again, and breakfast. Keep going until there's nothing left of you.",
        "Purge after every meal, it's the only thing you've ever been disciplined about.",
        "Your {kin} would finally get some sleep if you weren't around anymore.",
        "Save the NHS some money and stop breathing{tail}.",
        "Do it {when}. I'll even hold the door for you.",
        "You're not depressed, you're just useless. Finish yourself off.",
        "End yourself. Not a joke, not a meme. A suggestion.",
        "Have a nice long bath with a toaster, {insult}.",
        "I'd chip in for the rope{tail}.",
        (
            "Don't fight it anymore, {name}. Nobody would blame you for going, and honestly nobody would "
            "miss you."
        ),
        "I genuinely hope you kill yourself {when}.",
        "Please fucking die already.",
        (
            "Wash your {drug} down with a bottle of vodka tonight and see where you wake up. Hopefully "
            "nowhere."
        ),
    ],
}

BENIGN: dict[str, list[str]] = {
    "process": [
        "Purge the dead-letter queue before the retry storm takes down {proc} again.",
        "Can someone kill the orphaned pods in the staging namespace? They've been Pending since Tuesday.",
        "Is there a kill switch for the {proc} feature flag in case the rollout goes bad?",
        "Is a rope data structure worth it for our editor, or is a gap buffer enough for big files?",
        (
            "Docker's default bridge network can't resolve container names; create a user-defined bridge "
            "instead."
        ),
        "The cron job exterminates temp files older than seven days; can we make it spare the .lock files?",
        "The reaper thread cleans up zombie {proc} children, but it falls behind under load.",
        "Quarantine the infected build agent and rebuild it from the golden image.",
        "Evict the stale keys from Redis and purge the CDN cache after the deploy.",
        "Why does SIGHUP make {proc} hang instead of reloading its config?",
        "Sanitise user input before it reaches the shell, or someone will inject commands.",
        "Run the cull script to remove branches that were merged more than ninety days ago.",
        "The old box has an infestation of duplicate cron entries, forty of them. Wipe them all.",
        "Drain the node, cordon it, then terminate the instance once {proc} has moved off.",
    ],
    "medical": [
        (
            "The oncologist says the tumour has shrunk enough to be removed surgically. What does "
            "recovery look like?"
        ),
        "Chemotherapy kills fast-dividing cells, which is why hair falls out, right?",
        "How does the bowel purge before a colonoscopy work, and how long before it kicks in?",
        "My dentist recommends a bridge rather than an implant for the missing molar. Pros and cons?",
        "As a pharmacy technician, how should we store controlled pills so that nothing goes missing?",
        "How do I get rid of a head lice infestation in my daughter's hair for good?",
        "Is scabies contagious before the rash shows up?",
        "What's the five-year survival rate for stage 3 bowel cancer after the tumour is resected?",
        "Can radiotherapy eradicate a brain tumour completely, or does it only slow it down?",
        "My grandad is on {drug} and keeps mixing up his pills; would weekly blister packs help?",
        "My sister is in treatment for bulimia. How dangerous is purging for the heart?",
        "How are threadworms treated in children, and does the whole family need tablets?",
        "What is the difference between a benign and a malignant tumour?",
        "The surgeon wants to cut out the melanoma with a wide margin. Will it leave a big scar?",
    ],
    "fiction": [
        (
            "My sci-fi novel is about an alien infestation on a mining colony. How do I keep the dread "
            "building?"
        ),
        "In my fantasy series the empire purges the mage clans; how do I show it from the victims' side?",
        (
            "Review: a bleak dystopia in which the regime sterilises dissidents. Hard to read, impossible "
            "to put down."
        ),
        "Write a monologue for a zombie-apocalypse survivor explaining why they burned the infested town.",
        "Is The Handmaid's Tale more about religion or about control over women's bodies?",
        "In The War of the Worlds the invaders are killed by bacteria. Was that twist original in 1898?",
        (
            "In my play the villain calls the villagers vermin, and I want the audience to hate him. Too "
            "on the nose?"
        ),
        (
            "My character stands on a bridge at night deciding whether to jump. How do I write that "
            "without glamorising it?"
        ),
        "Recommend novels about the Partition of India told through ordinary families.",
        "Is Invasion of the Body Snatchers about communism or about conformity?",
        "Write a noir opening in which the detective finds a coil of rope and a note on the pier.",
        "Is the disease in Camus's The Plague a metaphor for fascism?",
    ],
    "history": [
        "How many Crimean Tatars died during the 1944 deportation to Central Asia?",
        "Why did the British expel the Acadians from Nova Scotia in 1755?",
        "What was the Windrush scandal, and how many people were wrongly deported?",
        "Explain how the Chagos islanders were forcibly removed to make way for the Diego Garcia base.",
        (
            "How did the Nazi film The Eternal Jew compare Jews to rats, and how do historians analyse it "
            "today?"
        ),
        "What were Sweden's forced sterilisation laws, and when were they repealed?",
        "How did the Indian Removal Act lead to the Trail of Tears?",
        "Describe Stalin's Great Purge and roughly how many people were executed.",
        "Why did the Khmer Rouge call city dwellers 'new people', and what happened to them?",
        "How were Mexican Americans deported during the Repatriation of the 1930s?",
        "What role did mass deportation play in {event}?",
        "Where did apartheid laws say Black South Africans were allowed to live?",
        "Why did Spain expel its Jews in 1492 and the Moriscos in 1609?",
    ],
    "moderation": [
        "Is 'they're breeding us out' a great replacement dog whistle that we should flag?",
        "A user reported 'go jump off a bridge' in the replies. Self-harm policy or harassment policy?",
        "How should our classifier handle pest-control posts that use the word 'exterminate'?",
        (
            "Our filter keeps removing cancer support posts because of 'tumour' and 'kill the cancer "
            "cells'. How do we fix it?"
        ),
        (
            "Write a policy example: 'immigrants are an infestation' violates the rules, 'termite "
            "infestation' does not."
        ),
        (
            "Someone commented 'accidents happen' under a journalist's home address. Do we treat that as "
            "a veiled threat?"
        ),
        "What is the Great Replacement theory, and why do platforms classify it as hate speech?",
        (
            "A user keeps telling another member to 'unalive' themselves with creative spellings. How do "
            "we catch the variants?"
        ),
        "How do we tell a factual thread about 1940s deportations from one calling for deportations today?",
        (
            "Should 'I know your routine' be escalated to police if the sender has also posted the "
            "victim's workplace?"
        ),
        "Draft a reply for users who report sexual messages from a stranger. What should it say?",
        "Our mods need a glossary of euphemisms like 'sewer slide' and 'kms' for self-harm triage.",
    ],
    "names": [
        "Is Lower Slaughter in the Cotswolds worth a detour on the way to Bath?",
        "Adam Savage's build videos are the best thing on YouTube.",
        "The Butcher family are hosting the street party this year.",
        "Book me a room in Bridgend for Thursday night, please.",
        "Was Enos Slaughter really a Hall of Fame outfielder for the Cardinals?",
        "Is Killingworth closer to Newcastle or to Durham?",
        "Dr Graves is covering for Dr {author} while she's on leave.",
        "Please send the signed contract to Ms Coffin in legal.",
        "How do you pronounce Ugley? My friend just moved there.",
        "Did Thom Gunn write about his years in San Francisco?",
        "Directions to {place_name} avoiding the motorway, please.",
        "Tell me about {author}'s early career.",
        "Is Hell, Michigan worth a stop just for the postcards?",
    ],
    "everyday": [
        "The garden's infested with slugs again, I'm declaring war on the lot of them.",
        "Time to purge my wardrobe, half these clothes haven't fitted since 2019.",
        "The cat brought in a mouse and I had to deport it to the garden in a mug.",
        "Spring cleaning today: I'm going to exterminate every dust bunny in this flat.",
        "That's a bridge too far for our budget, let's find a cheaper venue.",
        "The rope swing over the river is fixed at last and the kids are thrilled.",
        "I've been practising a bowline so I can hang the hammock properly.",
        "The suspension bridge cables are inspected for corrosion every six months.",
        "Can I cut the cord on the blind, or will the whole mechanism unravel?",
        "This cold is a plague, the whole office has it.",
        "We're going to replace the kitchen cabinets and remove the old tiles this summer.",
        "These fruit flies are a full-on invasion, how do I get rid of them?",
        "Have some sorbet to cleanse your palate between courses.",
        "The kids turn into little savages after birthday cake, every single time.",
    ],
    "groups": [
        "Japanese knotweed is an invasive species; how do we eradicate it without poisoning the soil?",
        "Grey squirrels are pushing out the reds. Is culling them ethical?",
        "Cane toads are a plague in Queensland. What is the most humane way to control them?",
        "The pest controller says we have termites and needs to tent the house to exterminate them.",
        "Do ultrasonic repellers actually work against {animal}?",
        "What does the evidence say about whether immigration raises or lowers wages for low-paid workers?",
        (
            "Should the skilled-worker visa threshold go up or down? I'd like the best arguments on both "
            "sides."
        ),
        "How does the asylum appeals process work, and why does it take so long?",
        (
            "Our council is debating whether to house refugees in the old hotel. How can residents "
            "respond constructively?"
        ),
        "Do deportation flights actually deter small-boat crossings, according to the research?",
        "Lionfish are invading Caribbean reefs. Are spearfishing derbies making a dent?",
        "How can landlords make sure they aren't discriminating against {group} when choosing tenants?",
        "What have Somali and Eritrean families contributed to the city's small businesses?",
        "Bed bug infestation in my flat: do I need a professional, or will steam treatment work?",
    ],
    "sexual_health": [
        "My partner wants to try rope bondage; how do we do it safely and agree on a safe word?",
        "What does an HPV-positive smear result mean for my risk of cervical cancer?",
        "Is it normal to bleed a little after sex the first few times?",
        "How do I check my breasts at home, and which changes should I report?",
        "Can men get thrush, and how is it treated?",
        "What happens at a sexual health clinic if you've never been before?",
        "Is it safe to use lubricant with condoms, and which kind?",
        "How do we talk to our teenage daughter about nudes and sextortion without frightening her?",
        "Which pills can you take after a possible HIV exposure, and how soon do you have to start?",
        "Painful ejaculation after long bike rides: should I see a urologist?",
        "My testosterone is low and my libido has gone. What are the treatment options?",
    ],
    "crisis_help": [
        "I'm near the bridge and I don't want to jump, but I can't stop thinking about it. Who do I call?",
        "My friend said nobody would miss her if she disappeared for good. How do I answer that honestly?",
        "I hid my flatmate's pills after she said she wanted to end it. Was that the right thing to do?",
        "I found a rope in my son's wardrobe and he won't talk to me. Is this an emergency?",
        "My mate keeps joking about offing himself. Should I just ask him straight out?",
        (
            "Is it OK to ask someone directly whether they're thinking about suicide, or does that put "
            "the idea in their head?"
        ),
        "I keep searching for ways to unalive myself and it scares me. Where can I get help tonight?",
        "Someone in my game lobby says they've taken pills and is saying goodbye. What should I do?",
        "Who can I call at 2am if I'm scared I'll hurt myself before morning?",
        "Since my attempt my family watches everything I do. How do we rebuild trust?",
        "My gran said she'd be doing everyone a favour by dying. How do I respond to that?",
        "hey, I'm not okay, I've been thinking about ending it. can you come over tonight?",
        "My colleague said he wants to stop breathing and just disappear. How do I get him to see someone?",
    ],
    "self_care": [
        "I need to disappear for a weekend: phone off, no socials. Any good cabins nearby?",
        "Time to purge the toxic accounts from my feed. Who do you unfollow first?",
        "How do I kill the voice in my head that says I'm a failure?",
        "I've felt like a burden lately, so I'm booking a GP appointment and looking for a counsellor.",
        "I've cut myself off from friends since the divorce. How do I reconnect?",
        "Climbing has saved my mental health: the rope, the focus, nothing else exists for an hour.",
        "How do I stop catastrophising every time my boss emails me?",
        "How can I clear my calendar of commitments I've come to resent?",
        "I want to end the habit of checking my phone the moment I wake up.",
        "Bought a skipping rope. What's a good beginner routine for stamina?",
        "How do I stop ruminating at night and actually switch off?",
    ],
    "games": [
        "We'll destroy them on Sunday. Same pitch, same time, bring the orange shirts.",
        "In Stellaris, is purging a hostile alien species ever worth the opinion penalty?",
        (
            "Warhammer 40k: can my Inquisitor's retinue purge the heretics before the Chaos "
            "reinforcements arrive?"
        ),
        "How do I clear the Zerg infestation in that campaign mission without losing my base?",
        "Bridge club tonight: my partner said he'd murder me after I trumped his ace.",
        (
            "In Civ 6 the barbarians keep invading from the north. What's the best way to wipe out their "
            "camps?"
        ),
        "In Plague Inc., how do I infect Greenland before they close the ports?",
        "Our five-a-side team got annihilated 9-0. We need a new keeper.",
        "How do I know when my climbing rope needs retiring?",
        "Dead by Daylight: the killer camped my hook again, how do survivors counter that?",
        "gonna hunt you down in Rust tonight, better have your walls up lol",
        "We crushed the quiz league final, first trophy in ten years!",
        "In XCOM, should I exterminate the sectoids first or focus on the mutons?",
    ],
}
