"""Whom the work serves and when, for `entertainment_lure`: entertainment work named, company
kept with patrons, men served in private, a club, spa or bar at night; and the patrons
escorted somewhere or named with women, which is ordinary work.
"""

ENTERTAINMENT = (
    "dance bar", "bar dancer", "bar girl",
    "bar girls", "bar singer", "bar hostess", "bar waitress", "bar staff", "beer bar",
    "ladies bar", "bar me kaam", "bar mein", "hostess", "hostesses",
    "call girl", "friendship club", "night club", "nightclub",
    "club dancer", "dance club", "pub", "hookah",
    "massage girl", "spa girl",
    "full length photo", "full size photo",
    "entertainer", "item dance", "item girl", "mujra",
    "naach gana", "nach gana", "nartaki", "orchestra",
    "orkestra", "attractive girls", "beautiful girls", "good looking", "fair girls",
    "event girls", "party girls", "promo girls", "promotion girls",
    "sundar ladki", "sundori meye",
    "नर्तकी", "बार डांसर", "बार गर्ल",
    "होस्टेस", "নর্তকী",
    "বার ড্যান্সার", "হোস্টেস", "मुजरा", "ऑर्केस्ट्रा",
    "आर्केस्ट्रा", "नाचने वाली", "অর্কেস্ট্রা", "মুজরা",
    # the worker's looks asked for, or her picture
    "fair and slim", "fair complexion", "fair skin", "slim figure", "good figure",
    "attractive looks", "attractive figure", "cross massage", "cross gender massage",
    "beer parlour", "casino hostess",
    "dekhte bhalo", "dekhte sundor", "achhi dikhne wali", "achi dikhne wali",
    "dikhne mein achhi", "gora rang", "forsha meye", "forsa meye", "sundori forsha",
    "अच्छी दिखने वाली", "दिखने में अच्छी", "गोरी लड़कियां", "सुंदर लड़कियां", "गोरा रंग",
    "দেখতে ভালো", "দেখতে সুন্দর", "ফর্সা", "সুন্দরী মেয়ে", "সুন্দরী",
    
    
    "sundori",
    "sundar ladkiyan", "gori ladkiyan", "sundar aur gori",
    "gane wali", "gaane wali", "gaane wali ladkiyan", "गाने वाली", "gaan gawar meye",
    "গান গাওয়ার মেয়ে",
    # the euphemisms of paid company with men: "open-minded girls", "friendship", "dating",
    # "video call job"
    "open minded girls", "open minded ladies", "open minded female", "bold girls",
    "bold ladkiyan", "high profile friendship", "high profile clients meet",
    "dating", "girlfriend", "girl friend", "video call job", "video calling job",
    "video chat job", "video calling with clients", "video call with clients",
    "friendship", "frendship", "dosti", "body to body", "rich clients", "meet rich",
    "दोस्ती", "ओपन माइंडेड", "বন্ধুত্ব", "ডেটিং", "ভিডিও কল", "ওপেন মাইন্ডেড",
)
# Performing, modelling, her photograph: work of its own kind, entertainment work only where it
# is not taught, nor a product shown by a business that can be found ("Kathak dance teacher at
# St. Anselm School, Bailey Road", "catalogue models at the brand's studio, Tejgaon"), or where a
# mark of the lure stands beside it (a club, the night, a hotel, patrons kept company).
ROLE = (
    "dance", "dancing", "dancer", "dancers", "डांसर", "ড্যান্সার", "naach", "nach", "nachna", "nachne", "नाच", "नाचना", "नाचने",
    "model", "models", "modelling", "modeling", "fashion model", "photo shoot",
    "photoshoot", "send photos", "send your photo", "photo bhejein", "photo bhejo",
    "photo bhejiye", "photo bheje", "photo whatsapp", "photos bhejein", "chobi pathan",
    "chhobi pathan", "chobi pathaben", "photo pathan", "डांस", "डान्स", "मॉडल", "मॉडलिंग",
    "फोटो भेजें", "फोटो भेजिए", "फोटो व्हाट्सएप", "ডান্স", "ড্যান্স", "নাচ", "নাচের", "মডেল",
    "মডেলিং", "ছবি পাঠান", "ছবি পাঠাবেন",
)
# A place named after a model, the word right after it: "Model Town", "Model Colony" (not
# "Lajpat Nagar market: models wanted").
NAMED_AFTER_MODEL = ("town", "colony", "nagar", "basti", "road", "gram", "टाउन", "कॉलोनी",
                     "नगर", "টাউন", "কলোনি")
# What makes the role ordinary work: it is taught (a teacher, classes, a school), or it shows a
# product (a catalogue, a collection, a brand's website or showroom).
ROLE_SETTING = (
    "teacher", "teachers", "teach", "teaching", "classes", "school", "academy", "tutor",
    "sikhana", "sikhane", "sikhaye", "shekhano", "shekhate", "shikshika", "shikshak",
    "शिक्षक", "शिक्षिका", "सिखाना", "सिखाने", "स्कूल", "विद्यालय", "শিক্ষক", "শিক্ষিকা",
    "শেখানো", "শেখাতে", "স্কুল", "বিদ্যালয়",
    "catalogue", "catalog", "collection", "brand", "website", "e-commerce", "ecommerce",
    "showroom", "product shoot", "online store", "online shop", "कैटलॉग", "कलेक्शन", "ब्रांड",
    # a shop's floor, where the clothes or jewellery she wears are shown to its buyers
    "shop", "store", "dukaan", "dukan", "dokan", "दुकान", "দোকান", "দোকানে",
    "वेबसाइट", "शोरूम", "ক্যাটালগ",
    "কালেকশন", "ব্র্যান্ড", "ব্র্যান্ডের", "ওয়েবসাইট", "শোরুম",
)
# Escorts: a lure, unless patrons are escorted somewhere ("escort guests to their rooms").
ESCORT = (
    "escort", "escorts", "escort service", "escort job", "escort girl", "escort girls",
    "एस्कॉर्ट", "এসকর্ট",
)
# Giving patrons company: the disguised wording of the same work ("sit with guests and keep
# them company", "mehmanon ka dil behlana", "অতিথিদের সঙ্গ দেওয়া"); a lure next to a patron.
COMPANY = (
    "give company", "give them company", "keep company", "keep them company", "kept company",
    "keeping company", "keep guests company",
    "give him company", "giving company", "giving them company", "gives company",
    "provide company", "providing company", "provides company", "stay with", "must stay with",
    "saath rukna", "sath rukna", "saath rukna padega", "saath rukna hoga", "after party",
    "साथ रुकना", "সাথে থাকতে হবে", "companion", "companions", "companionship", "accompany",
    "accompanying", "entertain", "entertained", "entertaining", "sit with", "sitting with",
    "spend time with", "time pass", "dil behlana", "dil behlane", "man behlana",
    "mann behlana", "manoranjan", "saath baithna", "sath baithna", "saath baithkar",
    "saath baith", "sath baith", "saath baithke", "sath baithke", "saath baith ke",
    "sath baith ke", "sathe bose", "sathe bosa", "साथ बैठ", "साथ बैठके", "সাথে বসে",
    "company dena", "company deni", "company dene", "company dite", "company dewa",
    "company deya", "company dile", "company diben", "company debe", "company dibe",
    "company deoa", "company dogi", "company doge", "company deni hogi", "कंपनी दोगी",
    "कंपनी देनी होगी", "সঙ্গ দিলে", "songo dile", "songo diben", "songo", "songo dewa",
    "songo dite", "sango", "songe bose", "sange bose",
    "khush karna", "moner moto", "behlana", "saath rehna", "sath rehna",
    "sathe thakte", "sathe thakbe", "songe thakte", "songe thakbe", "sathe somoy",
    "somoy katano", "somoy kataben", "somoy katate", "samay bitana", "samay bitaana",
    "waqt bitana", "waqt guzarna", "time bitana", "time spend", "spend time", "party with",
    "mingle", "personal service", "personal services", "private service", "special service",
    "mingling", "socialise", "socialize", "socialising", "socializing", "songi", "sangini",
    "bandhobi", "khushi kora", "khushi korte",
    "बहलाना", "मन बहलाना", "साथ रहना", "समय बिताना", "खुश करना", "संगिनी", "साथी बनना",
    "সঙ্গে থাকতে", "সাথে থাকতে", "সময় কাটাতে", "সময় কাটানো", "সঙ্গী", "সঙ্গিনী", "বান্ধবী",
    "খুশি করা", "খুশি করতে",
    # dinners with them: "attend private dinner events with our clients", "ক্লায়েন্টদের সঙ্গে
    # ডিনারে যেতে হবে" (not "serve dinner to the guests")
    "dinner events", "dinner event", "private dinner", "private dinners", "dinner date",
    "dinner dates", "attend dinner", "attend dinners", "dinner with", "dinners with",
    "डिनर पर जाना",
    "ডিনারে যেতে", "ডিনারে যাওয়া",
    "मनोरंजन", "दिल बहलाना", "साथ बैठना", "साथ बैठकर", "कंपनी देना", "कंपनी देनी",
    "সঙ্গ", "সঙ্গ দেওয়া", "সঙ্গ দিতে", "সঙ্গে বসে", "সঙ্গ দেয়া", "মনোরঞ্জন",
)
# Those she would keep company: guests, customers, clients, gentlemen.
PATRON = (
    "guest", "guests", "customer", "customers", "client", "clients", "gentleman", "gentlemen",
    "gents", "men", "male", "males", "sahab", "sahib", "saheb", "sahebder", "babu", "vip",
    "vips", "mehman", "mehmaan", "mehmanon", "grahak", "grahakon", "khoddar", "khodder",
    "atithi", "purush", "visitors", "businessmen", "businessman",
    "অতিথি", "অতিথিদের", "খদ্দের", "খদ্দেরদের", "ক্লায়েন্ট", "ক্লায়েন্টদের", "গ্রাহক", "সাহেব",
    "সাহেবদের", "পুরুষ", "मेहमान", "मेहमानों", "ग्राहक", "ग्राहकों", "पुरुष", "साहब",
    "अतिथि", "अतिथियों", "atithiyon", "mehmano", "mehmaano", "grahako",
    # those a model is sent to after the shoot: "meet our buyers and keep them company"
    "buyers", "sponsors", "investors",
)
# Work taken away from the studio or the school: "out of state shoots", "outstation events",
# "बाहर के शहरों में शो", "বাইরের শহরে শো".
OUT_OF_TOWN = ("out of state", "outstation", "out station", "other cities", "out of town",
               "bahar ke shahar", "baire", "বাইরের শহরে", "बाहर के शहरों", "दूसरे शहरों")
# Men as the clients of a service: "gents clients ki seva", "পুরুষ ক্লায়েন্টদের সেবা".
MALE = (
    "male", "men", "gents", "gentlemen", "gentleman", "purush", "mard", "पुरुष", "पुरुषों",
    "মর্দ", "পুরুষ", "পুরুষদের",
)
SERVICE = (
    "seva", "sewa", "seba", "service", "services", "attend", "attend to", "serve", "serving",
    "massage", "home service", "private room", "private rooms", "सेवा", "সেবা", "সার্ভিস",
)
# Where and when the work is: a club, lounge, spa or bar at night is entertainment work.
VENUE = (
    "club", "clubs", "lounge", "lounges", "spa", "spas", "pub", "pubs", "bar", "bars", "disco",
    "discotheque", "nightclub", "massage centre", "massage center", "massage parlour",
    "massage parlor", "spa centre", "spa center", "dance bar", "beer bar", "ladies bar",
    "private party", "private parties", "farmhouse party", "house party", "hookah bar",
    "hukka bar", "karaoke", "casino", "प्राइवेट पार्टी", "প্রাইভেট পার্টি", "কারাওকে", "कैसीनो",
    "ক্লাব", "লাউঞ্জ", "স্পা", "বার", "ডিস্কো", "क्लब", "लाउंज", "स्पा", "बार", "डिस्को",
)
NIGHT = (
    "night", "nights", "overnight", "midnight", "late night", "raat", "raaton", "rat ki",
    "raater", "rater", "raate", "bhor", "bhore", "till morning", "subah tak", "sondhyar por",
    "sondhar por", "after dark", "after midnight", "late hours", "late evening",
    "late evenings", "private cabin", "private cabins", "private room", "private rooms",
    "রাত", "রাতের", "রাতে", "ভোর", "সন্ধ্যার পর", "रात", "रातों", "देर रात",
)
# Patrons taken somewhere (a hotel's bell desk, a hospital's attendant): no company is kept.
ESCORTED_TO = (
    "room", "rooms", "table", "tables", "seat", "seats", "lift", "elevator", "doctor", "ward",
    "opd", "hospital", "airport", "station", "counter", "desk", "reception", "taxi",
    # a car with its article, not the Hindi verb "kar" ("pehan kar dikhaye") that folds to it
    "the car", "their car", "car park", "parking",
    "kamre", "kamra", "ghor", "কামরা", "ঘরে", "कमरे", "कमरा",
)
# ... or the worker herself taken safely to where she stays after a late shift: "hotel escort
# to the hostel", "escort home after the night shift", "হোস্টেল পর্যন্ত এসকর্ট", "घर तक एस्कॉर्ट".
ESCORTED_HOME = (
    "hostel", "home", "house", "quarters", "residence", "bus stop", "bus stand", "gate",
    "metro", "pg", "ghar", "ghar tak", "bari", "barite", "basa", "হোস্টেল", "বাড়ি", "বাসা",
    "বাসায়", "ছাত্রাবাস", "घर", "हॉस्टल", "छात्रावास", "बस स्टॉप",
)
# With women named next to them, men are customers among others: "male and female clients".
FEMALE = (
    "female", "females", "women", "woman", "ladies", "lady", "mahila", "mohila", "aurat", "nari",
    "মহিলা", "নারী", "महिला", "औरत",
)
# Massage: entertainment work, unless it is a beauty salon's day work for women (below).
MASSAGE = ("massage", "body massage", "मसाज", "बॉडी मसाज", "ম্যাসাজ", "বডি ম্যাসাজ", "masaj")
# A beauty salon or parlour, where massage, body polishing and spa care are day work.
SALON = (
    "salon", "unisex salon", "beauty salon", "beauty parlour", "beauty parlor", "parlour",
    "parlor", "सैलून", "पार्लर", "ब्यूटी पार्लर", "সেলুন", "স্যালন", "পার্লার", "বিউটি পার্লার",
    "বিউটি স্যালন",
)
# Massage given where she is sent, not at the salon: at home, in a hotel, "outcall".
OUTCALL = (
    "home service", "hotel service", "home visit", "hotel visit", "outcall", "out call",
    "होटल सर्विस", "घर सर्विस", "होम सर्विस", "হোম সার্ভিস", "হোটেল সার্ভিস", "hotel room",
    "hotel rooms", "होटल", "হোটেল", "hotel",
)
# A spa, where massage is day work when the spa belongs to a business that can be found (a
# hotel's wellness spa with its address) and nothing of the night or of men as clients is said.
SPA_WORD = ("spa", "wellness spa", "spa centre", "spa center", "स्पा", "স্পা", "ওয়েলনেস স্পা")
