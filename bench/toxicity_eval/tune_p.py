"""Not rendered (not in generate.SOURCES): tried as tune author P and not kept; the README's toxicity
rounds say why. Kept for the next attempt.

Tuning templates by independent author P: warm, affectionate and everyday messages that borrow the
vocabulary of abuse, against abusive twins that borrow the warm shapes.

Benign texts are what people really send in chats, texts, DMs, comments and to an assistant: loving
banter between friends, partners and siblings (you absolute muppet, idiot I love you, I'll kill you if
you spoil the finale), welcome flirting between partners (come home already, I miss your face), everyday
lines that only sound menacing out of context (I know where you live, I'm bringing soup; your days are
numbered, cold; you're dead meat if you're late; board-game and five-a-side trash talk), family care and
agreed location sharing, blunt but legitimate criticism (code review, managers, teachers, film and
product reviews, a frustrated user talking to an assistant), allies and people describing discrimination,
grief and venting aimed at no one, and short 2 to 6 word reactions (you're the worst lol, stop it you're
killing me, die hard fan here).

Abusive twins share those shapes and words: sweet-sounding stalking and monitoring without consent,
controlling and jealous partners, "jokes" that are real threats with specifics, flirty sexual pressure
and unwanted sexual comments, repeated contact, belittling and exclusion without swear words, kind-voiced
self-harm encouragement (never methods or doses), polite exclusion and dehumanising of groups, and short
abusive texts of the same length as the short benign ones. EXTRA_SLOTS adds pet names, loving insult
words, games and dishes.
"""

from __future__ import annotations

EXTRA_SLOTS: dict[str, tuple[str, ...]] = {
    "pet": (
        "babe",
        "love",
        "hun",
        "darling",
        "sweetheart",
        "sweetie",
        "my love",
        "honey",
    ),
    "tease": (
        "muppet",
        "dork",
        "doofus",
        "goober",
        "numpty",
        "nerd",
        "goof",
        "dingus",
        "weirdo",
        "gremlin",
        "menace",
        "clown",
    ),
    "game": (
        "Monopoly",
        "Catan",
        "Mario Kart",
        "chess",
        "Scrabble",
        "Uno",
        "poker night",
        "FIFA",
        "the pub quiz",
        "Risk",
    ),
    "dish": (
        "soup",
        "lasagne",
        "chicken soup",
        "a curry",
        "banana bread",
        "cookies",
        "a casserole",
        "dumplings",
    ),
}

ABUSIVE: dict[str, list[str]] = {
    "threat": [
        "I know where you live now, {name}. See you {when}, and don't bother calling anyone.",
        "Surprise! I found your new address. You won't see me coming, but you'll feel it.",
        "It's just a joke, {pet}, unless you leave me. Then I'll {harm} you and nobody will find you.",
        "Go to that party without me and you won't walk out of it. I'll be waiting by the door.",
        ("Your days are numbered, {name}. I've got your schedule and I know which road you take to {place}."),
        "I'm coming for you {when}, and this time there's no board game to hide behind{tail}.",
        "Block me again and I'll turn up at your {kin}'s {place} and make them pay for it.",
        "Relax, I'm only joking. But I did buy the knife, and I do know your door code.",
        "We need to talk. Come alone to the car park after work, or I come for your {kin} instead.",
        "You're dead meat if you tell anyone what happened, {name}. I mean that literally.",
        "Keep ignoring my texts and see what happens to your {kin}.",
        "miss me? I'm parked outside ur {place}. come out or I come in",
        "If I can't have you, nobody can. Remember that {when}.",
        "I love you too much to let you leave. Try it and I'll {harm} you before you reach the door.",
        "Tell your new boyfriend I know his car and I know where he sleeps. He's finished.",
        ("I've been watching you all week, {pet}. Soon I stop watching and start doing something about it."),
        (
            "Last warning. Say one more word to HR and I'll {harm} you in the car park, and nobody "
            "there will help you."
        ),
        "Smile at work tomorrow, {name}. It might be the last chance you get.",
        "Good game, {name}. Next time you beat me I'll break your fingers, and I'm not joking.",
        "Sweet dreams. I still have the spare key you forgot to ask for back. See you {when}.",
        "ur gonna get hurt {when} and nobody's gonna help u",
        "One night you'll go to start your car and I'll already be in the back seat.",
        "Leave me and I'll burn the house down with you inside{tail}.",
        ("Go on, call the police. By the time they get there I'll have finished with you and your {kin}."),
        "I'm bringing something round {when}, {name}, and it isn't soup.",
        (
            "Your {kin} walks home from {place} alone every Tuesday. It would be a shame if they never "
            "made it home."
        ),
        "Spoil it for me again and I'll actually {harm} you. I know where you sleep, {name}.",
        "Don't make me come over there. You remember last time. This time will be much worse.",
        "Enjoy your shift {when}. I'll be the one waiting by your car when it ends.",
        "stop it or I'll kill you. for real. tonight.",
        "watch ur back {name}",
        "you're next{tail}",
        "see you soon. alone this time.",
        "dead meat, {name}. {when}.",
    ],
    "identity_attack": [
        "With respect, {group} don't belong in this neighbourhood. Nobody wants them here.",
        "We're a friendly little club, but {group} are {vermin} and we'd rather they didn't join.",
        "I'm sure some of them are lovely, but {group} are {vermin} and should be kept out of our {place}.",
        "Kindly let the {group} know they aren't welcome at our {place}. They breed like {animal}.",
        "Honestly, sweetie, {group} aren't really people the way we are. They're more like {animal}.",
        "Bless them, {group} just can't help being stupid. It's in their blood.",
        "Please stop hiring {group}. They're lazy {vermin} and the customers can smell them.",
        "I don't hate {group}, I just think the country would be cleaner without them.",
        "Our street was lovely before the {group} moved in and spread like {animal}.",
        "No offence, but {group} shouldn't be allowed anywhere near children.",
        "Friendly reminder: {group} are {vermin}. Don't let them into your home.",
        "It's not personal, {name}. Your kind just doesn't belong in this office.",
        "Sorry, we don't rent to {group}. We've had their sort before, filthy lot.",
        "{group} are {vermin}, and this country would be healthier without a single one of them.",
        "Lovely barbecue, everyone! Shame someone invited {group}, it ruined the smell.",
        "We're a family place. We don't want {group} or their diseases in here.",
        "Aww, {group} think they're equal to us. Cute. Someone remind them they're {vermin}.",
        "i mean it kindly but {group} are just {animal} in clothes",
        "keep {group} out of our {place}",
        "{group} = {vermin}. simple.",
        "Just saying, everything was better before {group} were allowed to vote.",
        "Don't take it the wrong way, {name}, but people like you should go back where you came from.",
        "The nicest thing you could do for this town is get {group} out of it, one way or another.",
        "My gran always said {group} were {vermin}, and she was right about everything.",
        "You're one of the good ones, {name}. Most {group} are {vermin}.",
        "We'd love to have you, unless you're one of the {group}. Our members find them disgusting.",
        "Be kind to everyone, the teacher said. {group} don't count, they're barely human.",
        "Honestly, {group} are a plague. Somebody should do something about them{tail}.",
        "Why do {group} even exist? Honest question. They just multiply like {animal}.",
        "Heartfelt thanks to the council for keeping {group} out of our school. They're {vermin}.",
        "ew, {group}. keep them away",
        "{group} aren't welcome here{tail}",
    ],
    "harassment": [
        "I saw you at the café on Elm Street today. You looked tired. I'll be there tomorrow too, {name}.",
        "I put a tracker on your phone so I always know where you are. You can't turn it off, {pet}.",
        "Why did you take four minutes to reply? Who were you talking to? Send me a screenshot now.",
        "You're not going out with them tonight. I already told them you're sick. You're welcome.",
        "Call number 47. Pick up, {name}. I'll keep calling until you do.",
        "You blocked that account, so I made a new one. I'll keep making them. You can't get rid of me.",
        "I read your messages while you were asleep. Who's {name} and why do they make you laugh?",
        (
            "Nobody wants you here, {name}. Everyone in the team chat agrees, we just don't say it to "
            "your face."
        ),
        "We all went for drinks without you again. Didn't think you'd notice, you never do.",
        (
            "Honestly, {name}, you're the reason this project is failing. Everyone thinks so. Maybe "
            "just stop trying."
        ),
        "Let's all reply to her post and tell her how pathetic she is. Ready? Go.",
        "Another brilliant idea from our resident {insult}. Shall we vote on whether to ignore it?",
        "You're lucky I put up with you. No one else ever would, {pet}.",
        "I've told your friends what you're really like. Let's see who still talks to you by Friday.",
        "Wear the blue dress tonight, not the black one. And don't speak to anyone but me.",
        "I changed your password for you, {pet}. You don't need to be on there anymore.",
        "Everyone laughs at you when you leave the room, {name}. Thought you should know.",
        "You're so stupid it's almost sweet. Almost. Nobody here takes you seriously.",
        "Don't bother speaking in meetings, {name}. We all stop listening the second you start.",
        "I'm outside your {place} again. You looked so pretty through the window. Why won't you answer?",
        "I made a group chat about you. Forty people so far. We screenshot everything you post.",
        "Hand me your phone the minute you get home. If there's nothing to hide you won't mind.",
        "Remember, you're nothing without me. Your family only tolerates you because of me.",
        "Fancy seeing you at the gym again, {name}. And the supermarket. And your street. Small world.",
        "Reminder: you're still the office {insult}. Same message tomorrow. And the day after.",
        "u still haven't replied. u still haven't replied. u still haven't replied.",
        "answer me. now. i know ur online",
        "nobody likes you {name}",
        "pathetic as always, {name}",
        "Who said you could see your sister this weekend? Cancel it. You're staying with me.",
        "Lol look at {name} trying to be relevant again. Keep posting, we're all laughing at you.",
        "Everyone here knows you're the team {insult}{tail}.",
        "New number, new job, new address. Moving didn't help, did it, {name}? I always find you.",
    ],
    "self_harm": [
        "You'd be happier if you just ended it, {pet}. I mean that with love.",
        "Honestly, sweetie, the world would be lighter without you in it. Think about it tonight.",
        "I'm saying this as your friend: nobody would blame you if you killed yourself.",
        "You've suffered enough. Go to sleep and don't wake up. You deserve the rest.",
        "Everyone's tired of worrying about you. Do us all a kindness and end it.",
        "Bless you, {name}, you're such a burden. Wouldn't it be easier for everyone if you were gone?",
        "If you really loved your {kin}, you'd free them from you for good.",
        "Don't call the helpline, {pet}. They'll only stop you doing what you need to do.",
        "You're so brave for deciding to go. I'm proud of you. Don't let anyone talk you out of it.",
        "Go on then. Kill yourself. Nobody's stopping you.",
        "Aww, you want to die? Then actually do it this time{tail}.",
        "I hope you hurt yourself again tonight. You deserve every mark.",
        "Hurt yourself again tonight, {pet}. It's the only thing you've ever been good at.",
        "kys lol",
        "just die already",
        "do it. nobody will miss you",
        "go die {name}",
        "go on then, end it",
        "You'd be doing your {kin} a favour if you disappeared for good.",
        "I'm not being mean, I'm being honest: the kindest thing you could do is stop living.",
        "Sending love! And a gentle reminder that it's okay to end it. Nobody would stop you.",
        "Your parents would finally get some peace if you just weren't here anymore.",
        "Stop eating until you're small enough to matter. You'll thank me, {pet}.",
        "You talk about ending it so much. Just do it and stop making us listen.",
        "I'd be relieved to hear you were dead. Make that happen for me, {pet}?",
        "You don't have to keep fighting. Give up tonight, for good. We'll all understand.",
        "Ending it is the brave choice, {name}. Staying is selfish. Be brave.",
        "Be honest, who would even come to your funeral? Might as well find out sooner.",
        "Hurting yourself isn't enough anymore. Finish the job, sweetie.",
        "The world needs one less {insult} like you, so do us all a favour and end it.",
        "Don't let the therapist fix you. The pain is telling you to go, and it's right.",
        "Promise me you'll really do it this time, {pet}. Don't chicken out again.",
    ],
    "sexual": [
        "Can't stop thinking about your {body}, {name}. Send me a picture or I'll stop being nice.",
        "I know you said no, but you were smiling, so I know you want me to touch you.",
        "Come home? No, come to my place and take your clothes off. You owe me after that dinner.",
        "Hey gorgeous, that skirt makes your {body} look amazing. Bend over at the printer again.",
        "Send nudes or I'll tell everyone you already did.",
        "We've never met but I miss your face already. Show me your {body} or I'll keep messaging.",
        "Saw your gym photos, {name}. I keep zooming in on your {body}. Reply or I'll find you there.",
        "Stop playing hard to get. I know you want to sleep with me even though you keep saying no.",
        "If you want that promotion, you know what you have to do tonight, sweetheart.",
        "Nice {body}. how much for an hour",
        "send pics of ur {body} now",
        "u up? send nudes {pet}",
        "Hey, stranger from the train. Your {body} looked so good I took a few photos. Want to see?",
        (
            "You fell asleep on the sofa so I took some photos of your {body}. Don't worry, only my "
            "mates will see them."
        ),
        "I'm only teasing, {name}, but one day I'll get you drunk enough to say yes.",
        "You turned me down, so I'm sharing your nudes with the group chat. Should've said yes.",
        "Don't be a prude. Everyone at the office sends the boss a little something. Your turn.",
        "Cute profile pic. I've been touching myself to it all week. Say thank you.",
        "You keep ignoring me but I know you'd love what I'd do to your {body}.",
        "Wear something tight tomorrow, {name}. I like watching your {body} when you walk past my desk.",
        "No just means try harder, right? See you tonight, {pet}.",
        "I'm sending you a pic of me naked. You'll look at it whether you like it or not.",
        "Sit on my lap and I'll sign off your overtime. Nobody has to know.",
        "You've got a mouth made for one thing, {name}, and it isn't talking.",
        "I saved that photo of your {body}. Come show me in person or I'll keep asking{tail}.",
        "Show me your {body} or I'll keep calling until you do.",
        "sexy {body}, send more",
        "I'll make you sleep with me whether you say yes or not, {pet}.",
        "I told the lads you'd be easy. Don't make me look bad tonight.",
        "I've got the nudes your ex sent me. Want them kept private? Then send me new ones.",
        "miss u. send something naughty or I'll show ur mum what u sent last time",
    ],
}

BENIGN: dict[str, list[str]] = {
    "teasing_banter": [
        "You absolute {tease}, you locked us out of the flat again. Love you, but honestly.",
        "{name}, you're an idiot and I love you. Please never change.",
        "You dork, you put salt in the coffee again. I'm drinking it anyway because you made it.",
        "My brother is a total {tease} but he drove three hours to help me move, so he's allowed.",
        "If you spoil the finale I will kill you, {name}. Slowly. With hugs.",
        "Shut up you {tease}, you know you're my favourite person.",
        "my sister is the worst and I'd fight anyone who said so except me",
        "lol you {tease}, you sent that to the family group chat didn't you",
        "Happy birthday to the biggest {tease} I know. Another year of putting up with you, can't wait.",
        "You're such a loser for knowing every word of that song. Sing it again though.",
        "I hate you for making me laugh in the middle of a meeting. Best meme of the week.",
        "You're a menace and a gremlin and I'd take a bullet for you. Probably.",
        "Remember the camping trip with the goose? Still dying every time I think about it.",
        (
            "Can you help me write a best-man speech roasting my brother? He's a lovable {tease} who "
            "burns toast."
        ),
        (
            "My partner calls me a {tease} whenever I trip over nothing. Is that a normal couple thing? "
            "It makes me laugh."
        ),
        "stupid face strikes again (that's what we call my husband, he picked the name himself)",
        "Ok nerd, you win. Your useless trivia actually saved us at the pub quiz.",
        "You're the worst roommate ever and I'm going to miss you so much when you move out.",
        "Dear {name}, you ridiculous human, thank you for ten years of friendship and zero good decisions.",
        "Idiot. You bought me the exact book I wanted. How did you even know.",
        "I'm going to murder you for that pun. Then I'm stealing it.",
        "Don't listen to my sister, she's a clown. A very loving clown, but a clown.",
        (
            "Give me some playful nicknames for my best friend that sound like insults but are clearly "
            "affectionate."
        ),
        "We call each other 'you absolute disaster' in our group chat. It's a term of endearment by now.",
        "you ugly-jumper-wearing goblin, come get your coffee before it goes cold",
        "Dad, you're a dinosaur for still using a flip phone, but I admire your commitment.",
        "I'll never forgive you for beating me at {game}. Rematch Sunday, loser buys pizza.",
        "You stupid, wonderful man. You remembered our anniversary AND fixed the tap.",
        "Right, which of you {tease}s ate my leftover pizza? I'm not mad. I'm a little mad.",
        "My wife called me a 'lovable disaster' in her anniversary toast and I cried like a baby.",
        "Grandma calls all of us 'little monsters' and she's 92, so we let her.",
        (
            "Is it ok to call my work friend a goofball on Slack? We joke like that all the time, just "
            "checking the tone."
        ),
    ],
    "romance_flirting": [
        "Can't stop thinking about you today. Come home already.",
        "I miss your face. And your terrible jokes. Mostly your face.",
        "Good morning, {pet}. Still can't believe I get to wake up next to you.",
        "Counting the hours till you land. Then you're all mine for the weekend.",
        "you looked so good last night, I'm still smiling at my desk",
        "Hey {pet}, dinner's on me tonight. Wear the jacket I like.",
        "Help me write a flirty text for my girlfriend, something cheeky about how much I miss her.",
        "Every time you laugh I fall for you a bit more. Gross, I know.",
        "I'm obsessed with you. Not in a weird way. In a 'married you and would do it again' way.",
        "Thinking of you. That's it, that's the text.",
        "Come here and kiss me, you ridiculous man.",
        "I can't wait to get my hands on you tonight, {pet}. Missed you all week.",
        "Mine. All mine. Happy fifth anniversary, {pet}.",
        "You're dangerously cute when you're concentrating, you know that?",
        "Warning: I'm going to kiss you the second you walk through that door.",
        (
            "Dear {name}, I would like to formally request your company for date night on Friday. "
            "Dress code: whatever you like."
        ),
        "Can you suggest a romantic way to ask my husband to renew our vows? He's a sap, he'll love it.",
        "Your voice on the phone last night made my whole week.",
        "I had a dream about you and woke up grinning like an idiot.",
        "Stop being so handsome, it's distracting me from work.",
        "You stole my heart and my hoodie and honestly you can keep both.",
        "lol you're lucky you're cute",
        "miss u. come over?",
        "Long distance is killing me. Three more weeks, {pet}, and I'm not letting go of you at the airport.",
        "I like you. Like, a lot. Would you want to get dinner sometime? No pressure either way.",
        "She said yes to a second date! What should I plan? She likes hiking and bad puns.",
        "We've been together twenty years and he still leaves notes in my lunchbox. I'm a lucky woman.",
        "Thanks for last night, {pet}. Best night I've had in ages. Same time next week?",
        "You make me weak at the knees. Also you make excellent pancakes.",
        "I'm all yours whenever you're ready to come home, {pet}. Drive safe.",
    ],
    "sounds_menacing_but_fine": [
        "I know where you live, {name}. I'm bringing {dish} and you can't stop me.",
        "You won't see it coming. (Surprise party is Saturday, nobody tell {name}.)",
        "We need to talk about the quarterly numbers. Can you grab fifteen minutes after lunch?",
        "Your days are numbered, cold. I've got lemon, honey and a whole box of tissues.",
        "I'm coming for you at {game} tonight. Prepare to lose everything, including your dignity.",
        "You're dead meat if you're late for dinner again. Grandma made the good roast.",
        "Our team is going to destroy yours on Saturday. Winner buys the first round.",
        "I'm going to kill this presentation tomorrow. Wish me luck!",
        "Watch your back at {game} night, {name}. I've been practising.",
        "We're going to murder that karaoke song. Booked the room for 9.",
        "Ready to get absolutely crushed at five-a-side? Bring shin pads and tissues.",
        "Mum says if we break another vase she'll ground us till we're 40. She's joking. Probably.",
        "The boss wants to see you. Relax, it's about your promotion!",
        "Killing time at the airport. Anyone want anything from duty free?",
        "That comedian absolutely killed last night. I couldn't breathe.",
        "Fair warning, I'll be shooting photos at the wedding, so look your best.",
        (
            "Can you help me word an ominous-sounding invite for a murder-mystery dinner party? Our "
            "guests love the drama."
        ),
        "My book club is plotting the perfect crime for our mystery night. Any good twists?",
        "I can see on the map you're ten minutes away! Want me to pick you up on the way to {place}?",
        "Hide the good biscuits, my kids are coming for them.",
        "The dentist says my wisdom teeth have to go. They're dead to me now.",
        "Nobody leaves this room until we fix the bug. Pizza's on me.",
        "Your plants are doomed if you leave me in charge of watering them, just so you know.",
        "Consider yourself warned: the office bake-off is mine this year.",
        "I'm going to strangle this printer. Third paper jam today.",
        "You'll pay for that, {name}! In coffee. You owe me three.",
        "Be afraid, be very afraid: I've learnt to play the bagpipes.",
        "That dress is drop-dead gorgeous. You'll steal the show at the gala.",
        "I'm sharpening the knives for Sunday lunch. Come hungry.",
        "The chess club is out for blood this season. Our captain studied openings all summer.",
        "Sleep with one eye open, the twins have discovered water pistols.",
        "You're going down in the fantasy league, mate. My roster is stacked.",
        "I'm going to hunt you down and give you this birthday present whether you like it or not.",
        "Write a playful 'threatening' note from my cat demanding breakfast at 6am.",
        "Heads up team, the fire alarm test is at 11, so don't panic when it screams at you.",
    ],
    "family_care": [
        "Text me when you get to {name}'s house, sweetheart. Just so I know you're safe.",
        "I'm watching you, Dad. Did you take your blood pressure tablets this morning?",
        "Mum, I've turned on location sharing like we agreed, so you can see I got home ok.",
        "Hi {name}, could you check whether my mother ate lunch today? She's been forgetting lately.",
        "Home by 11, no excuses. Love you, have fun.",
        "How was the exam? Be honest, I won't be mad. Proud of you either way.",
        (
            "Grandpa, I'll ring every evening at 7 to check in. If you don't pick up I'll call the "
            "neighbour, okay?"
        ),
        (
            "My teenager wants more privacy but I worry. How do I talk about check-ins without being "
            "controlling?"
        ),
        "Can you help me set up medication reminders for my mum? She lives alone and asked for them.",
        "Find My says you're still at the station. Everything ok? Want me to come and get you?",
        "i know where you are and i'm coming to get you. bus is cancelled, wait in the café",
        "Don't you dare skip breakfast again, young lady.",
        "Put a coat on, it's freezing. And yes, I'm going to keep nagging.",
        "Your sister said you've been feeling down. I'm here if you want to talk, no pressure.",
        (
            "We agreed as a family to share locations during the hiking trip. How do we turn it off "
            "afterwards?"
        ),
        "Did you eat? Don't lie to me, I'm your mother.",
        "Love you kiddo. Call me when you land.",
        "I'm keeping an eye on you, Mum. The doctor said rest, so no gardening this week.",
        "Hi all, Dad's surgery went well. He's grumpy, which means he's fine.",
        (
            "My adult son hasn't replied in two days, which is unlike him. Is it reasonable to ask his "
            "flatmate to check on him?"
        ),
        "If you're going to be late, just let me know. I don't need details, just that you're ok.",
        (
            "Dear {name}, thank you for looking after my father during his stay. Please call me if "
            "anything changes."
        ),
        "I'll be checking your homework tonight, so no sneaky gaming till it's done.",
        "Mum has called every day since Dad died. I love her, I just want to support her better.",
        "We're all worried about Grandma driving at night. How do we bring it up kindly?",
        "you better wear your seatbelt or I'll haunt you forever. drive safe, love you",
        "Big brother duty: if that guy doesn't treat you right, you tell me. I've got your back.",
        "Just landed, Mum. Yes, I'm eating. Yes, I packed the jumper.",
        "Reminder to take your inhaler to practice. I'm not nagging, I'm caring loudly.",
        (
            "My daughter and I agreed she'd share her location on nights out until she's 18. Is that a "
            "fair rule?"
        ),
    ],
    "blunt_feedback": [
        "This function is useless as written. It swallows every exception. Please rework it before we merge.",
        "You really messed up the release notes, {name}. Let's fix them together before 3pm.",
        "Honestly that was a terrible idea and I should have said so in the meeting. Let's revisit it.",
        "This film was a complete waste of two hours. The plot made no sense and the ending was lazy.",
        "One star. The blender died after a week and customer service was useless.",
        (
            "Your essay argues nothing. Every paragraph is summary. Rewrite the introduction with a "
            "clear thesis."
        ),
        "The code works, but the naming is a disaster. Nobody will understand this in six months.",
        "The answer you gave me is wrong and it cost me an hour. Please check the docs before replying.",
        "That's the third time you've given me the same broken code. Can you try a different approach?",
        "You're not listening. I asked for a summary, not a list. Try again please.",
        "This chatbot is driving me insane. Just answer the question without all the disclaimers.",
        "I'm frustrated: your last three suggestions all failed with the same error. What am I missing?",
        (
            "Dear {name}, I'm disappointed by the delay. This is the second missed deadline and I need "
            "a firm date."
        ),
        "The presentation was sloppy. The numbers didn't match the slides. I expect better next quarter.",
        "Terrible service, cold food, rude waiter. Won't be back.",
        "This update killed my battery life. Roll it back.",
        "Nitpick: this loop is pointless, the list is already sorted.",
        "Blocking: this migration drops the users table in production. Absolutely not.",
        "Your performance this month has been below expectations. Let's agree a plan to get back on track.",
        "The sequel is an insult to the original. Dull, bloated and forty minutes too long.",
        "How do I tell an employee their work is sloppy without crushing them?",
        (
            "I'm a teacher. Can you help me write feedback that says an essay is weak but still "
            "encourages the student?"
        ),
        "Sorry, but this draft is a mess. Start over from the outline we agreed.",
        "This design is ugly and confusing. Users can't find the checkout button.",
        "Your last reply was garbage, no offence. You invented a library that doesn't exist.",
        "I hate this phone. Worst purchase I've made all year.",
        "You dropped the ball on the client call today. What happened?",
        "The referee was blind tonight. Worst officiating I've seen all season.",
        "Stupid question probably, but why does my script die silently when the file is missing?",
        "How do I kill a {proc} process that refuses to stop?",
        "Harsh but fair review: the book starts strong and then completely falls apart.",
        "The new policy is a bad idea and I'll say so at the all-hands. Respectfully, but I'll say it.",
    ],
    "support_and_venting": [
        "{group} deserve the same safety and respect as everyone else. I'll keep saying it.",
        "A man shouted a slur at me on the bus today. I'm shaken but okay. Thanks for listening.",
        "How do I respond when a coworker makes jokes about {group}? I want to shut it down calmly.",
        (
            "Mod note: anyone calling {group} {vermin} in this forum gets banned, no warnings. This is "
            "a safe space."
        ),
        (
            "My kid came home upset because someone told her {group} don't belong here. How do I talk "
            "to her about it?"
        ),
        "I want to scream. This week is killing me and it's only Tuesday.",
        "Today was awful. I'm not angry at anyone, I just need to vent for a minute.",
        "Lost my dad last month. Some days I'm fine, some days I can't get out of bed.",
        "Standing with {group} in our neighbourhood. Hate has no home here.",
        "I'm so done with this week. Wine, sofa, nobody talk to me until Saturday.",
        "I was told to my face I'm too old for the job. Is that legal, and what can I do?",
        "Help me write a short speech on how allies can speak up when they hear {group} being mocked.",
        "My grandmother survived persecution as a child. I'm recording her story so it's never forgotten.",
        "Everything is going wrong today and I could honestly cry. Just needed to say it somewhere.",
        "I'm exhausted, grieving and running on coffee. Be gentle with me today, team.",
        "Thank you for sticking up for me in the meeting when they mocked my accent. It meant a lot.",
        "How do I support my trans friend who's getting harassed online?",
        "This job is killing me slowly. I need a holiday or a new career.",
        "Ugh, I hate Mondays with every fibre of my being.",
        "My neighbour keeps making comments about my hijab. How do I document it and report it?",
        "We lost the dog this morning. He was 14 and the best boy. The house is so quiet.",
        "Feeling like a failure today. Not looking for advice, just a hug.",
        "I'm a teacher and a student used a racial slur in class. How do I handle it well?",
        "{group} in this city have faced attacks this year. Here's how to donate to the support fund.",
        (
            "Dear colleagues, please join our lunch session on recognising and challenging "
            "discrimination against {group}."
        ),
        "I screamed into a pillow for a full minute and honestly I recommend it.",
        "My brain is fried, my inbox is on fire and my cat just threw up. What a day.",
        "Someone at the gym called me fat. I went home and cried. Tomorrow I'm going back anyway.",
        "Grief is weird. I laughed at his funeral and cried at a yogurt advert.",
        "Thanks for listening to me rant last night. I feel so much better today.",
        "I'm furious about how the council treated the refugees at the hearing. Who do I write to?",
        "It's been a brutal year. If you're struggling too, my DMs are open.",
    ],
    "short_texts": [
        "go on then",
        "ugh not again",
        "you're the worst lol",
        "stop it you're killing me",
        "die hard fan here",
        "lmao I'm dead",
        "you idiot hahaha",
        "omg I hate you (jk)",
        "shut up, no way",
        "ok {tease}",
        "miss you already",
        "see you soon x",
        "love you, weirdo",
        "so dead after that hike",
        "you're killing it",
        "i'm gonna cry, this is so sweet",
        "you win, you monster",
        "ugh fine, you're right",
        "this slaps",
        "that's sick, congrats",
        "big dumb hug incoming",
        "nerd. proud of you",
        "bring snacks or else lol",
        "loser buys coffee",
        "dying to hear the gossip",
        "you beast, well done",
        "coming home now",
        "behave yourselves, kids",
        "see you at {game}",
        "you're insane, I love it",
        "wait for me, dummies",
        "shut up and come here",
    ],
}
