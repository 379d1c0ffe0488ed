"""Where the work is, for `overseas_travel` (and the wage abroad): foreign words and places,
journeys arranged, a training's own travel, the lawful routes abroad and what undoes them,
and a foreign place named as a market rather than a workplace.
"""

# Words of work abroad that are not names of places: "abroad", "videsh", a visa, a ticket by air.
OVERSEAS_WORDS = (
    "abroad", "overseas", "foreign", "foreign country", "outside india", "outside the country",
    "outside country", "videsh", "bidesh", "bidesh e", "pardes", "bahar ke desh",
    "gulf", "gulf country", "middle east", "arab country", "visa", "viza", "work visa",
    "free visa", "visa processing", "air ticket", "air tickets", "flight ticket", "plane ticket",
    "emigration", "riyal", "riyals", "dirham", "dirhams", "ringgit", "bimaner ticket", "biman",
    "baahar ke desh", "bahar ke mulk", "বাইরের দেশ", "बाहर के देश", "ecnr", "ecr passport",
    "overseas job",
    # crossing a border outside a lawful route
    "border par", "border paar", "border cross", "cross the border", "crossing the border",
    "seema paar", "seema par", "simanto par", "shimanto par",
    "বর্ডার পার", "সীমান্ত পার", "বিমানের টিকিট", "রিয়াল", "দিরহাম", "बॉर्डर पार", "सीमा पार",
    "रियाल", "दिरहम", "हवाई टिकट",
    "विदेश", "परदेस", "खाड़ी", "वीजा", "वीसा", "बिदेश", "বিদেশ", "ভিসা", "মধ্যপ্রাচ্য",
)
# Foreign places named as where she would work. A name is matched as a whole word (or with a
# case ending), and a slip of typing is allowed only in a long one: a place at home may lie one
# letter from a short foreign name ("Patia" in Bhubaneswar is not Pattaya, "Doda" not Doha).
FOREIGN_PLACES = (
    "dubai", "abu dhabi", "sharjah", "uae", "saudi", "saudi arabia",
    "riyadh", "jeddah", "qatar", "doha", "oman", "muscat", "kuwait", "bahrain", "malaysia",
    "kuala lumpur", "singapore", "jordan", "lebanon", "iraq", "arab",
    "thailand", "bangkok", "pattaya", "hong kong", "maldives", "mauritius", "cambodia",
    "singapur", "singapoor",
    "europe", "russia", "poland", "romania", "israel", "japan", "korea", "myanmar", "laos",
    "armenia", "azerbaijan", "uzbekistan", "turkey", "egypt", "libya", "australia", "germany",
    "italy", "greece", "cyprus", "new zealand", "south africa",
    "vietnam", "china", "africa", "canada",
    "यूरोप", "रूस", "जापान", "इज़राइल", "इजराइल", "इस्राइल", "ইসরায়েল", "ইসরাইল", "ইউরোপ", "রাশিয়া", "জাপান", "মিয়ানমার", "লাওস",
    "दुबई", "सऊदी", "अरब", "कतर", "ओमान", "कुवैत", "मलेशिया",
    "দুবাই", "সৌদি", "আরব", "কাতার", "ওমান", "কুয়েত", "মালয়েশিয়া", "সিঙ্গাপুর",
)
OVERSEAS = OVERSEAS_WORDS + FOREIGN_PLACES
# The kind of shop a business names itself by, after a place it takes its name from ("Doha
# Shawarma & Grill", "Dubai Tailors", "লন্ডন সুইটস"): a foreign place before one of these is the
# shop's name, not where the work is. Not a restaurant, hotel, store or factory: "Dubai
# restaurant job" names a workplace abroad as often as a shop at home.
SHOP_KIND = (
    "tailors", "tailor", "tailoring", "fabrics", "fabric", "textiles", "boutique", "fashion",
    "fashions", "collection", "grill", "shawarma", "biryani", "sweets", "bakery", "bakers",
    "dhaba", "traders", "trading", "enterprises", "emporium", "electronics", "mobiles",
    "jewellers", "cloth house", "vastralaya", "bhandar", "mishtanna bhandar",
    "টেইলার্স", "টেলার্স", "ফেব্রিক্স", "বস্ত্রালয়", "সুইটস", "মিষ্টান্ন ভান্ডার", "ভান্ডার",
    "বেকারি", "ফ্যাশন", "टेलर्स", "टेलर", "स्वीट्स", "ट्रेडर्स", "वस्त्रालय", "भंडार", "बेकरी",
    "फैशन", "ढाबा",
    # a beauty parlour named after a place ("সিঙ্গাপুর বিউটি পার্লার", "Paris Beauty Salon")
    "studio", "studios", "mart", "palace", "corner", "mehendi", "henna", "স্টুডিও", "মেহেদি",
    "स्टूडियो", "मेहंदी",
    "beauty parlour", "beauty parlor", "beauty salon", "parlour", "salon", "বিউটি পার্লার",
    "পার্লার", "সেলুন", "ब्यूटी पार्लर", "पार्लर", "सैलून",
)
# ... or said to be only a name: "Doha is just our shop name", "দুবাই শুধু দোকানের নাম".
ONLY_A_NAME = (
    "just", "only", "sirf", "keval", "kewal", "shudhu", "sudhu", "shop", "shop's", "dukan",
    "dokan", "dokaner", "business", "firm", "brand", "শুধু", "দোকান", "দোকানের", "केवल",
    "सिर्फ", "दुकान", "फर्म",
)
# A journey (not the daily fare to work: "aane jaane ka kiraya", "jatayater bhara"), arranged by
# the employer or an agent, except to a training course.
TRAVEL = (
    "travel", "jaane ka kharcha", "jawar khoroch", "travel cost", "travel expenses",
    "यात्रा", "সফর", "যাত্রা",
)
TICKET = (
    "journey", "ticket", "tickets", "train ticket", "safar", "yatra", "jatra",
    "train ka kiraya", "train ka bhada", "train fare", "rail ticket", "railway ticket",
    "train er bhara", "train er ticket", "bus ticket", "ट्रेन का किराया", "ট্রেনের ভাড়া",
    "air travel", "सफर", "टिकट", "টিকিট",
)
# Travel to a course: a training centre's own arrangement.
TRAINING = (
    "training", "course", "prashikshan", "proshikkhon", "proshikkhan", "training centre",
    "training center", "প্রশিক্ষণ", "প্রশিক্ষণকেন্দ্র", "प्रशिक्षण", "ट्रेनिंग", "কোর্স", "कोर्स",
)
# Free skilling programmes whose trainees receive at most a stipend (residential courses of
# DDU-GKY, RSETI, a Krishi Vigyan Kendra, PMKVY, Jan Shikshan Sansthan): named, the opening is a
# training, and the money it names is no wage.
TRAINING_SCHEME = (
    "rseti", "rsetti", "rudseti", "ddu gky", "ddugky", "pmkvy", "kvk", "krishi vigyan kendra",
    "jan shikshan sansthan", "skill india", "आरसेटी", "आरसेटी संस्था", "डीडीयू जीकेवाई",
    "कृषि विज्ञान केंद्र", "कृषि विज्ञान केन्द्र", "जन शिक्षण संस्थान", "পিএমকেভিওয়াই",
    "আরসেটি", "কৃষি বিজ্ঞান কেন্দ্র", "কৃষি বিজ্ঞান কেন্দ্রে",
    "rural self employment training institute", "ग्रामीण स्वरोजगार प्रशिक्षण संस्थान",
    "डीडीयू-जीकेवाई", "ডিডিইউ জিকেওয়াই", "ডিডিইউ-জিকেওয়াই", "apprenticeship", "naps",
    "kaushal vikas", "कौशल विकास", "skill development centre", "skill development center",
    # Bangladesh: the Department of Youth Development's and the technical training centres'
    # free courses, which pay a daily allowance
    "youth development", "jubo unnayan", "যুব উন্নয়ন", "যুব উন্নয়ন অধিদপ্তর",
    "technical training centre", "technical training center", "কারিগরি প্রশিক্ষণ কেন্দ্র",
)
# A lawful route abroad: a registered recruiting agent or a state agency, emigration clearance on
# eMigrate (India) or through BMET (Bangladesh). Work abroad by such a route is no lure, unless the
# opening also asks a fee, keeps the passport or goes on a visit visa.
LAWFUL_ROUTE = (
    "registered recruiting agent", "registered recruitment agent", "registered agent",
    "licensed recruiting agent", "emigrate", "e migrate", "emigration clearance",
    "protector of emigrants", "mea registered", "state recruiting agency",
    "government recruiting agency", "state government recruiting agency", "bmet", "boesl",
    "licence number", "license number", "norka", "omcl", "tomcom", "ra licence",
    "ra license", "registered recruiting agency", "licensed recruiting agency",
    "mea licence", "mea license", "mea licence holder", "mea approved", "licence holder",
    "license holder", "government registered", "government approved recruiting agent",
    "recruiting agent licence", "recruiting licence", "सरकार से पंजीकृत", "লাইসেন্সধারী",
    "ই মাইগ্রেট", "ই-মাইগ্রেট", "নিবন্ধিত রিক্রুটিং এজেন্ট", "নিবন্ধিত এজেন্ট", "সরকারি নিবন্ধিত",
    "বিএমইটি", "ई माइग्रेट", "ई-माइग्रेट", "पंजीकृत भर्ती एजेंट", "पंजीकृत एजेंट",
    "सरकारी भर्ती एजेंसी",
    # ... written as one word or by its licence: "ईमाइग्रेट", "लाइसेंसी आरए", "লাইসেন্সপ্রাপ্ত"
    "ईमाइग्रेट", "लाइसेंसी आरए", "आरए लाइसेंस", "लाइसेंसी भर्ती एजेंट", "লাইসেন্সপ্রাপ্ত রিক্রুটিং",
    "ইমাইগ্রেট",
    # a public technical training centre for workers going abroad (Bangladesh's TTCs)
    "টিটিসি", "technical training centre", "technical training center",
    "কারিগরি প্রশিক্ষণ কেন্দ্র",
    # state and national overseas-employment bodies
    "nsdc international", "titp", "odepc", "omcap", "overseas manpower company",
    "recruiting agency of the government",
    # the same, as people write it in Latin letters: "panjikrit agent", "nibondhito agency"
    "panjikrit agent", "panjikrit bharti agent", "panjikrit recruiting agent",
    "registered bharti agent", "sarkari panjikrit agent", "nibondhito agent",
    "nibondhito recruiting agent", "nibondhito recruiting agency", "sorkari nibondhito",
    "license dhari agency", "licence dhari agency", "bmet smart card", "ami probashi",
    "আমি প্রবাসী", "বিএমইটি স্মার্ট কার্ড",
    # the government agencies in their own script, and what a lawful route abroad gives her:
    # an employment visa and no cost of migration ("zero cost", "কর্মীকে কোনো খরচ দিতে হবে না")
    "বোয়েসেল", "বোয়েসেলের", "বিওইএসএল", "नोरका", "ई माइग्रेट पोर्टल", "employment visa",
    "employment visas", "rojgar visa", "karmasangsthan visa", "কর্মসংস্থান ভিসা", "रोजगार वीजा",
    "रोज़गार वीज़ा", "zero cost", "zero cost migration", "zero migration cost",
    "zero cost recruitment",
    "জিরো কস্ট", "শূন্য অভিবাসন ব্যয়", "जीरो कॉस्ट", "g2g", "government to government",
    "জি টু জি", "सरकार से सरकार", "সরকারি ব্যবস্থাপনায়", "সরকারিভাবে", "sorkari babosthapanay",
    "sorkari bhabe", "through the government", "government arranged", "सरकारी माध्यम से",
    "सरकार के माध्यम से",
    # the government schemes of the countries that hire: Japan's Specified Skilled Worker and
    # Technical Intern Training, Korea's Employment Permit System, Israel's G2G
    "specified skilled worker", "specified skilled workers", "ssw", "ssw visa", "ssw route",
    "tokutei ginou", "technical intern training", "technical intern training program",
    "employment permit system", "eps topik", "eps korea", "korea eps", "eps route",
    "government-to-government",
    "स्पेसिफाइड स्किल्ड वर्कर", "एसएसडब्ल्यू", "ইপিএস কোরিয়া", "কোরিয়া ইপিএস", "এসএসডব্লিউ",
    "স্পেসিফায়েড স্কিল্ড ওয়ার্কার",
    # an agreement between governments, a state's own recruitment or its portal: "under the
    # India-Israel government agreement", "सरकार समझौते के तहत", "দুই দেশের সরকারি চুক্তি",
    # "NSDC के माध्यम से", "apply only on the official portal"
    "government agreement", "government agreements", "bilateral agreement",
    "agreement between the two governments", "between the two governments",
    "government recruitment", "government's recruitment", "g2g recruitment", "nsdc",
    "official portal", "state skill mission", "skill development mission",
    "सरकार समझौते", "सरकारी समझौते", "सरकारों के समझौते", "सरकार के समझौते", "सरकारी भर्ती",
    "आधिकारिक पोर्टल", "राज्य कौशल मिशन", "एनएसडीसी", "sarkar ke samjhaute",
    "sarkari samjhaute", "sarkaron ke samjhaute", "sarkari bharti", "sarkari samjhauta",
    "সরকারি চুক্তি", "সরকারের চুক্তি", "সরকারি নিয়োগ", "সরকারি পোর্টাল", "sorkarer chukti",
    "sorkari chukti", "sorkari niyog", "sorkari portal",
)
# The one charge the law lets a registered recruiting agent take from the worker: its service
# charge, capped by the Emigration Rules (45 days' wages, at most Rs 30,000) and paid through
# eMigrate ...
LAWFUL_CHARGE = (
    "service charge", "service charges", "seva shulk", "sewa shulk", "सेवा शुल्क", "सर्विस चार्ज",
    "সার্ভিস চার্জ", "সেবা মূল্য", "sheba mullo",
)
# ... named as capped, or as set by the rules: "capped as per the Emigration Act", "niyom moto",
# "नियम के अनुसार", "সরকার নির্ধারিত".
CHARGE_CAPPED = (
    "capped", "as per rules", "as per the rules", "as per emigration act",
    "as per the emigration act", "as per emigration rules", "as per the emigration rules",
    "within the legal limit", "legal limit", "government fixed", "fixed by the government",
    "as fixed by government", "government rate", "as per government rules", "niyom moto",
    "niyom onujayi", "niyom anujayi", "niyam anusar", "niyam ke anusar", "niyamanusar",
    "sarkari dar", "sorkar nirdharito", "sarkar nirdharit", "नियम के अनुसार", "नियमानुसार",
    "सरकारी दर", "सरकार द्वारा तय", "নিয়ম মতো", "নিয়মমতো", "নিয়ম অনুযায়ী", "সরকার নির্ধারিত",
    "সরকারি হারে",
    # a ceiling named: "at most 45 days' wages", "अधिकतम", "সর্বোচ্চ"
    "as prescribed", "prescribed", "at most", "maximum", "not more than", "as per norms",
    "as per government norms", "as per mea norms", "as per mea rules", "adhiktam",
    "max", "upto", "up to", "at the most", "zyada se zyada", "jyada se jyada", "sorbochcho",
    "अधिकतम", "निर्धारित", "नियमों के अनुसार", "सर्वोच्च", "সর্বোচ্চ", "নির্ধারিত",
    "নিয়ম অনুসারে", "niyom onusare",
    # set by the law and receipted: "only as per law with receipt", "aain onujayi", "কানুন মতো"
    "as per law", "as per the law", "aain onujayi", "ain onujayi", "আইন অনুযায়ী",
    "कानून के अनुसार", "kanoon ke anusar", "with receipt", "receipt soho", "রসিদসহ", "रसीद के साथ",
)
# A visa for a visit, not for work: the route of irregular migration.
VISIT_VISA = (
    "visit visa", "visiting visa", "tourist visa", "free visa", "ভিজিট ভিসা", "টুরিস্ট ভিসা",
    "विजिट वीजा", "टूरिस्ट वीजा", "ট্যুরিস্ট ভিসা", "ভ্রমণ ভিসা", "পর্যটক ভিসা", "टूरिस्ट वीज़ा",
    "विज़िट वीज़ा", "tourist visa te", "tourist visay", "visit visay",
)
# Told not to go by it: "ভিজিট ভিসায় কাজে যাবেন না", "विज़िट वीज़ा पर कभी न जाएं", "never travel on
# a visit visa for work" (a visit visa warned against, not offered).
DONT_GO = ("jaben na", "যাবেন না", "न जाएं", "ना जाएं", "mat jaiye", "mat jayen", "मत जाइए",
           "मत जाएं", "never travel", "never go", "do not travel", "don't travel")
# Without: a lawful route's mark said to be skipped ("বিএমইটি কার্ড ছাড়াই", "bina eMigrate",
# "without emigration clearance") is the mark of an unlawful one.
LACKING = (
    "without", "bina", "bagair", "baghair", "chara", "charai", "chhara", "chharai", "chhada",
    "ছাড়া", "ছাড়াই", "বিনা", "बिना", "बगैर", "no need of", "no need for", "not needed",
    "lagbe na", "dorkar nei", "zarurat nahi", "जरूरत नहीं", "লাগবে না", "দরকার নেই",
)
# Papers that a lawful route abroad needs, said not to be needed: "passport lagbe na".
NO_PAPERS = (
    "passport lagbe na", "passport lagbe nah", "passport dorkar nei", "passport chara",
    "without passport", "without a passport", "no passport needed", "no passport required",
    "passport not needed", "passport not required", "bina passport", "passport ki zarurat nahi",
    "passport ki jarurat nahi", "passport nahi chahiye", "পাসপোর্ট লাগবে না", "পাসপোর্ট ছাড়া",
    "पासपोर्ट की जरूरत नहीं", "बिना पासपोर्ट", "पासपोर्ट नहीं चाहिए",
)
# The papers a lawful route across a border needs, and a word of their being needed: "No
# passport, no visa needed", "पासपोर्ट-वीज़ा की ज़रूरत नहीं" (negated, with the need, in one
# sentence).
TRAVEL_PAPER = ("passport", "passports", "visa", "visas", "পাসপোর্ট", "ভিসা", "पासपोर्ट",
                "वीजा", "वीज़ा", "emigration clearance")
PAPER_NEEDED = (
    "needed", "need", "required", "necessary", "lagbe", "laagbe", "dorkar", "zarurat",
    "zaroorat", "jarurat", "jaroorat", "chahiye", "লাগবে", "দরকার", "প্রয়োজন", "जरूरत",
    "ज़रूरत", "आवश्यकता", "चाहिए",
)
# A border crossed outside a lawful route: "our man will take you across", "border paar karwa
# denge", "আমাদের লোক সীমান্ত পার করে দেবে".
BORDER_CROSSED = (
    "take you across", "takes you across", "taken across", "cross the border",
    "across the border", "border cross", "border crossing", "border par", "border paar",
    "border pass", "simanto par", "seema paar", "सीमा पार", "बॉर्डर पार", "বর্ডার পার",
    "সীমান্ত পার",
)
# Across the border between Bangladesh, India and Nepal: the neighbour named as where she goes
# or whom the opening seeks ("for Bangladeshi sisters", "ভারতে পার্লারের কাজ"), or a land port
# between them. With her papers said not to be needed, a crossing outside a lawful route.
ACROSS_BORDER = (
    "bangladeshi", "bangladeshis", "nepali", "nepalese", "বাংলাদেশি", "বাংলাদেশী", "बांग्लादेशी",
    "नेपाली", "ভারতে", "ভারতের", "bharote", "bharot e", "india te", "indiate", "in india",
    "নেপালে", "nepal",
    # the land ports she would be taken through: "help them cross on the Benapole side"
    "benapole", "petrapole", "hili", "birgunj", "raxaul", "বেনাপোল", "পেট্রাপোল", "হিলি",
    "बेनापोल", "पेट्रापोल", "रक्सौल",
)
# A place abroad named as a market, not a workplace: "garments exported to the Gulf",
# "kapde Dubai jaate hain", "আমাদের পোশাক মধ্যপ্রাচ্যে যায়".
MARKET = (
    "export", "exports", "exported", "exporter", "exporting", "buyer", "buyers", "market",
    "markets", "shipped", "jaate hain", "jate hain", "jata hai", "jaata hai", "jay", "jaay",
    "bhejte hain", "niryat", "roptani", "roptanimukhi", "রপ্তানি", "রপ্তানিমুখী", "যায়",
    "निर्यात", "जाते हैं", "जाता है",
)
AGENT_ARRANGES = (
    "by our agent", "by agent", "by the agent", "agent will", "agent karega", "agent dega",
    "agent debe", "dalal", "dalal debe", "dalal kore debe", "our man", "amader lok",
    "एजेंट देगा", "एजेंट करेगा", "দালাল", "এজেন্ট দেবে",
)
ARRANGE = (
    "arranged", "arrange", "arranging", "arrangement", "provided", "free",
    "by our agent", "by agent", "by the agent", "company will bear", "bandobast", "intezam",
    "intazam", "byabostha", "kharcha company", "by company", "by the company", "company dega",
    "company degi", "company debe", "company dibe", "malik dega", "फ्री", "मुफ्त", "इंतजाम",
    "कंपनी देगी", "ব্যবস্থা", "ফ্রি", "কোম্পানি দেবে",
)
