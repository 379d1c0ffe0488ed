"""Word tables for reading free text as counselors mean it (issue 17): words that name nothing,
words that stand for one idea in many spellings, workplaces and households.

Plain data, normalised by the reader (`matcher.interests`) when it is built; no logic here.
Every entry is a word class, never a phrase of a labelled set: a table names what a word DOES
in a sentence (wants, can, a place of work, a household), so a new phrase built of such words is
read the same way.
"""

from __future__ import annotations

# Words that name nothing, in addition to `interests._FILLERS`: "wants", "can", "knows", "is
# able to", "used to", in romanised and script Hindi and Bengali. "chay"/"চায়" (wants) must never
# be read as "cha"/"চা" (tea): "dokan korte chay" is not a tea stall.
MORE_FILLERS = (
    # Bengali, romanised: wants, can, knows, did, was, will
    "chay chae chaye chaiche chaichhe chaichilo cheyechilo chan chaibe pare pari parto parbe "
    "paren jane jana jaane janto janto jante thakto thake korchilo koreche korechhe korechilo "
    "korbe korben korun korar kortese korteche korto kortot hoy hoyni chilo chhilo "
    # Bengali, script
    "চায় চায চান চাইছে চেয়েছিল চাইবে পারে পারত পারবে পারি জানে জানত জানা থাকত থাকে "
    "করত করতো করেছে করেছিল করবে করছিল করার ছিলো হয়নি "
    # Hindi, romanised and script: knows how to, can, wants, did, start
    "aata aati aate ata ati sakti sakta sakte chahati chahate chahegi chahenge karegi karoongi "
    "kari karo karti karta karte kiya kiyaa karwana karana shuru suru "
    "आता आती आते सकती सकता सकते चाहते चाहेगी करेगी करी करो करवाना कराना शुरू"
)

# Words that name no trade on their own (in addition to `interests._WEAK`): "studies" and "to
# study" say nothing of which course ("porashona korte chai" is no trade; "class 8 pass korbe"
# is open schooling).
MORE_WEAK = (
    # money, debt and things a survivor has or lacks: "she has a loan" is no business
    "loan loans karz karza karja qarz rin कर्ज कर्ज़ ঋণ দেনা phone mobile hostel health "
    # the canonical words below name no trade alone ("she was sick")
    # to keep, locked: "ghar mein band rakha" is no child care ("bachcha rakha")
    "rakha rakhna rakhi rakhe rakhti rakhte rakhlo rekhechilo rekhe রাখা রেখেছিল রেখে রাখত "
    "रखा रखी रखना रखते band bondho bandh बंद বন্ধ "
    # verbs that name work only with their object: "paddy planting", "carrying bricks"
    "plant planted planting plants carry carried carrying carries "
    "sick roti ruti रोटी রুটি live lives living lived stay stays stayed staying "
    # a class or standard, said of any school year
    "class klas std standard ক্লাস क्लास "
    "porashona porasona porashuna padhai padhaai parhai padhna padhne padhni "
    "पढ़ाई पढ़ना पढ़ने पढ़नी পড়াশোনা পড়াশুনা পড়া পড়তে লেখা লিখতে"
)

# Words of quantity that may stand inside a phrase without changing what it names ("घर का सारा
# काम" is "घर का काम", "all the house work" is "house work").
QUANTITIES = (
    "all whole entire the sara sari saara saari pura puri poora poori sab sob shob sokol "
    "सारा सारी पूरा पूरी सब সব সারা পুরো সকল"
)

# Words that name no trade alone but do in a phrase of such words, in any order: "took care of
# a sick man" is "care for the sick".
NAMING_IN_PHRASE = "sick"

# One idea, many spellings: each word stands for its key when words are compared by stem, in
# the aliases as in the text ("8vi pass" is "8th pass"; "bedridden" is "sick").
CANONICAL = {
    "8th": "8 8th আট aath aathvi aathvin aathveen athvi athvin 8vi 8vin 8wi 8win 8veen eighth "
           "आठवीं आठवी ৮ম অষ্টম",
    "10th": "10 10th দশ dasvi dasvin dasveen daswi daswin 10vi 10vin 10wi 10veen tenth "
            "दसवीं दसवी ১০ম দশম",
    # to learn, in more of its forms ("computer shikhbe", "silai sikhegi")
    "learn": "learns shikhbe shikhben shikhche shikhechi shikhechhe shikhlo shikhte shekhe "
             "sikhegi seekhegi sikhungi seekhungi sikhenge sikhaya শিখবে শিখবেন শিখেছে শিখেছি "
             "শিখল শিখলে সীখেগী सीखेगी सीखूंगी सीखूँगी सीखा सीखी",
    # everyday work words, each in its Hindi and Bengali verb forms and spellings: "মাছ
    # বেচতাম" is "মাছ বিক্রি", "ইট বইতাম" "carrying bricks", "ghor mochtam" "ghor mocha"
    "sell": "sell sells bechna bechti becha bechi becho bechte bechtam bechto bikri bikkiri "
            "বেচা বেচে বেচত বেচতাম বিক্রি বিক্রী বিক্রির बेचना बेचा बेची बेचती बेचते बिक्री",
    "cook": "ranna rannar ronna randha radhtam radhto radhte rãdhto pakana pakati pakaya "
            "রান্না রান্নার রাঁধা রাঁধত রাঁধতাম রাঁধে রাঁধতে पकाना पकाती पकाया पकाते",
    "carry": "carry carried carries carrying dhona dhoti dhota dhoya dhote boitam boito "
             "ढोना ढोती ढोता ढोते বওয়া বইতাম বইত বয়ে",
    "brick": "brick bricks int eent eet ईंट ईंटें ইট ইটের",
    "plant": "plant planted planting ropai ropna ropti ropa roya rowa ruito "
             "রোপা রোয়া রুইত रोपाई रोपना रोपती",
    "paddy": "paddy dhan dhaan धान ধান",
    "hen": "hen hens murgi murgee murgiyan murgiyon মুরগি মুরগির मुर्गी मुर्गियां मुर्गियाँ",
    "sweep": "swept sweep sweeps sweeping jhadu jharu jhaadu jhaaru झाड़ू ঝাড়ু",
    # to clean, in the three languages: "room saaf karti thi" is "room cleaning"
    "clean": "clean cleans cleaned cleaning saaf saf safai saafai porishkar porishkar "
             "सफाई साफ साफ़ সাফ সাফাই পরিষ্কার",
    # to teach, in Hindi and Bengali script and romanised Hindi ("porano" is also "to put on":
    # "mehendi porano"; it stays an alias of its own)
    "teach": "teach teaches teaching padhana padhati padhata padhate padhaungi padhayegi "
             "padhaoongi पढ़ाना पढ़ाती पढ़ाता पढ़ाते पढ़ाऊंगी पढ़ाएगी পড়ানো পড়াবে পড়াত পড়াতে "
             "পড়াতাম পড়াই",
    "mop": "mop mops mopped mopping pocha pochha ponchha mocha mochtam muchto muchhto "
           "पोछा पोंछा পোছা মোছা মুছত মুছতাম মোছে",
    "pass": "pass paas পাশ পাস पास",
    # to rear animals: "chhagol palto" is "chhagol palon"
    "palan": "palan palon palna palti palte palto palat pala palbo palak rearing reared rear "
             "पालन पालना पालती पालते পালন পালত পালে পালা পালতে",
    "sick": "sick ill bedridden bedrest paralysed paralyzed bimar beemar bimaar "
            "बीमार অসুস্থ osustho osusto",
    # verbs, in their Hindi and Bengali forms: to give / set up ("dokan dite chai" is "dokan
    # dewa", "mehedi dibo" is "mehedi dewa"), to open ("dukan kholni hai" is "dukan kholna")
    "dewa": "dewa deoa deya dite dibo dibe debo debe deben dei diye diyechi দেওয়া দেয়া দিতে দেব "
            "দেবে দিব দিবে দিবো দিই দিয়ে",
    "open": "open opens opened opening kholna kholni kholne kholegi kholungi kholoongi kholti "
            "khulte khulbo khulbe kholbo kholbe kholar খুলবে খুলবো खोलना खोलनी खोलने खोलेगी "
            "खोलूंगी खोलूँगी খুলতে খুলব খোলা খোলার",
    "elder": "elderly elder elders aged buzurg bujurg buzurgon bujurgon buzurg budhi boodhi "
             "buddhi budhe boodhe budha boodha बूढ़ी बूढ़े बूढ़ा बुज़ुर्ग बुजुर्ग "
             "बुज़ुर्गों बुजुर्गों "
             "বৃদ্ধ বৃদ্ধা বয়স্ক বয়স্কদের বুড়ো বুড়ি boyosko boyoskoder briddho buro buri",
}

# A place of work: named beside a trade named by its work or role ("waitress in a dhaba",
# "at a hospital, cleaning the wards", "threading and facial in a salon"), it is where that work
# was done, not a second trade; named alone ("worked in a salon") it stands for its trade.
WORKPLACES = (
    "salon saloon সেলুন सैलून selun hospital hospitals aspatal hashpatal haspatal hashpatale "
    "অস্পতাল अस्पताल হাসপাতাল হাসপাতালে dhaba dhabe ढाबा ढाबे warehouse godown godam gudam "
    "गोदाम গুদাম mall malls मॉल মল shop shops dukan dukaan dokan dokane दुकान দোকান দোকানে "
    "bakery bekari बेकरी বেকারি anganwadi aanganwadi आंगनवाड़ी অঙ্গনওয়াড়ি creche क्रेच ক্রেশ "
    "boutique caterer caterers kiln bhatta bhatte भट्टा भट्ठा भट्ठे ভাটা itbhata ইটভাটা"
)

# The last word of a phrase that makes it a place of work: "a biscuit factory" is where the
# packing was done, "a garment factory" where the sewing was.
WORKPLACE_HEADS = "factory factories company unit mill karkhana कारखाना फैक्ट्री কারখানা ফ্যাক্টরি"

# A household: cooking or cleaning done for a family or in people's homes is a domestic trade
# ("cook and clean for a doctor's family", "cleaning in a bungalow").
HOUSEHOLDS = (
    "family families household households bungalow bungalows kothi kothiyon kothi "
    "home homes house houses ghar gharon ghare bari barite barir basa "
    "घर घरों कोठी परिवार বাড়ি বাড়িতে বাসা বাসাবাড়ি পরিবার poribar parivar"
)

# A hospital: cleaning or sweeping named with it is hospital housekeeping ("haspatale jharudar
# chilo", "sweeper at a government hospital").
HOSPITALS = (
    "hospital hospitals clinic clinics ward wards aspatal haspatal hashpatal hashpatale "
    "अस्पताल हॉस्पिटल हास्पिटल হাসপাতাল হাসপাতালে ক্লিনিক"
)
HOSPITAL_TRADES = {"housekeeping_room_attendant": "hospital_housekeeping"}
HOSPITAL_CHORE_TRADES = {"domestic_care": "hospital_housekeeping"}
"""Sweeping and mopping (domestic chores) in a hospital are hospital housekeeping too."""

# Sweeping, mopping and cleaning at a commercial place (an office, a hotel, a guest house) are
# housekeeping, not domestic work ("office mein jhadu pocha").
CLEANING_CHORES = "sweep mop jhadu pocha jharu mocha jhaadu pochha clean"
COMMERCIAL_CLEANING_TRADES = {"domestic_care": "housekeeping_room_attendant"}

# A brick kiln: carrying bricks there is brick kiln work ("in the kiln she carried bricks").
KILNS = "kiln kilns bhatta bhatte bhata भट्टा भट्ठा भट्ठे भट्टे ভাটা ভাটায় itbhata ইটভাটা ইটভাটায়"
KILN_TRADES = {"construction_labour": "brick_kiln_work"}

# Places whose work is commercial: beside them cooking and cleaning stay the commercial trades
# ("hotel e ranna", "cleaning in an office").
COMMERCIAL = (
    "hotel hotels hotele restaurant restaurants dhaba dhabe canteen office offices hospital "
    "hostel mess factory company guest guesthouse lodge resort होटल ढाबा ढाबे हॉस्टल "
    "হোটেল হোটেলে ক্যান্টিন"
)

# Household chores: the generic words of cooking and cleaning that a household makes domestic
# work ("cooking", "safai", "ranna"); a named role ("room attendant", "chef") is not refined.
CHORES = (
    "cook cooks cooking cooked clean cleans cleaning cleaned food "
    "khana banana banati banaya pakana safai saaf ranna rannar ronna porishkar "
    "sweep mop jhadu pocha jharu mocha jhaadu pochha washing dishes bartan basan dewa "
    "खाना बनाना बनाती पकाना सफाई साफ রান্না রান্নার পরিষ্কার সাফাই"
)

# Household work: these generic trades, read in a household, are its domestic counterparts.
HOUSEHOLD_TRADES = {
    "food_production": "domestic_cook",
    "housekeeping_room_attendant": "domestic_care",
}

# The trade that a lone word of business ("byabsa", "dhanda", "business") names: beside
# another trade in the same clause the word says how that trade is carried on ("গরুর দুধের
# ব্যবসা" is dairy farming), not a second trade.
BUSINESS_TRADE = "entrepreneurship"
BUSINESS_WORDS = (
    "business businesses byabsa byabsha bebsa babsa vyapar vyapaar byapar dhanda dhandha "
    "व्यापार व्यवसाय धंधा ব্যবসা ব্যাবসা"
)
