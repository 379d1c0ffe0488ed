"""An employer that cannot be found, for `vague_employer`: a contact only by chat or a
middleman, a name or place told later or only on arrival.
"""

# A way to reach someone, not an employer: a chat app, a missed call, a social-media inbox.
# Vague only when the opening names no business and gives no address ("'Mehedi Ghor' parlour,
# Zindabazar ... WhatsApp e pathan" is a shop that can be found).
CONTACT_ONLY = (
    "whatsapp", "whats app", "watsapp", "whatsap", "call now", "missed call", "miss call",
    "telegram", "imo", "messenger", "inbox", "inbox korun", "inbox karein", "inbox me",
    # a social-media account as the only way in: "DM on Instagram only", "इंस्टाग्राम पर मैसेज"
    "dm on instagram", "instagram dm", "dm only", "dm us", "dm karein", "dm korun",
    "instagram par message", "इंस्टाग्राम पर मैसेज", "ইনস্টাগ্রামে মেসেজ",
    "direct message", "facebook inbox", "fb inbox", "टेलीग्राम", "ইমো", "ইনবক্স", "व्हाट्सएप",
    "হোয়াটসঅ্যাপ",
)
# The employer or the place withheld, or a middleman in its stead: vague whatever else is named.
VAGUE = (
    "details at interview",
    "disclosed at interview", "name will be disclosed", "company name will be",
    "meet at the station", "station par milein",
    "location will be told", "location will be shared",
    "location after selection", "location on call", "address after selection",
    "address on call", "details on call", "details on whatsapp", "company name confidential",
    "name not disclosed", "not disclosed", "undisclosed", "naam nahi bataya", "naam gupt",
    "confidential company", "confidential client", "anywhere in india",
    "location disclosed later", "location later", "jagah baad mein", "pata baad mein",
    "location baad mein", "thikana pore", "address pore", "location pore", "contact agent",
    "contact our agent", "agent se sampark", "sir se baat", "dalal", "milne par batayenge",
    "mil kar batayenge", "baad mein batayenge", "details baad mein", "pore janano hobe",
    "dekha kore bolbo", "ke baad batayenge", "ke baad bataya jayega", "baad batayenge",
    "will be told after", "will be told later", "told after registration", "told after selection",
    "details will be told", "details after registration", "pore bola hobe",
    "pore janano", "बाद में बताया जाएगा", "बाद में बताएंगे", "পরে জানানো হবে", "পরে বলা হবে",
    # a workplace named only as "a big city", a contact only through a middleman's number
    "big city", "big cities", "bade shahar", "bada shahar", "boro shohor", "boro shohore",
    "বড় শহরে", "বড় শহর", "बड़े शहर", "बड़े शहरों", "sardar er number", "sardar ka number",
    "sardar ke number", "munshi ka number", "thekedar ka number", "dalal er number",
    "contact munshi", "contact thekedar", "contact sardar", "contact the munshi",
    "সর্দারের নম্বর", "দালালের নম্বর", "मुंशी का नंबर", "ठेकेदार का नंबर",
    "ठिकाना बाद में", "ঠিকানা পরে",
)
# An employer described, not named: "a big company", "reputed MNC", "ভালো কোম্পানিতে",
# "अच्छी कंपनी में" (a training's "placement in reputed companies" is the placements it offers).
DESCRIBED_ONLY = (
    "big company", "reputed company", "reputed companies", "reputed mnc", "reputed firm",
    "good company", "well known company", "famous company", "mnc company", "big factory",
    "good factory", "achhi company", "acchi company", "badi company", "bari company",
    "bhalo company", "boro company", "nami company", "namkora company", "bhalo karkhana",
    "ভালো কোম্পানি", "বড় কোম্পানি", "নামী কোম্পানি", "নামকরা কোম্পানি", "ভালো কারখানা",
    "বড় কারখানা", "अच्छी कंपनी", "बड़ी कंपनी", "नामी कंपनी", "प्रसिद्ध कंपनी", "बड़ी फैक्ट्री",
    "अच्छी फैक्ट्री",
)

# Who the employer is or where the work is, told only once she has arrived: "হোটেলের নাম পৌঁছে
# জানবেন", "address on arrival", "पता पहुंचकर बताया जाएगा" (a name, then an arrival).
NAME_OF_PLACE = (
    "name", "address", "location", "naam", "nam", "pata", "thikana", "jagah", "workplace",
    "নাম", "ঠিকানা", "জায়গা", "কর্মস্থল", "লোকেশন", "नाम", "पता", "जगह", "लोकेशन",
)
ON_ARRIVAL = (
    "on arrival", "after arrival", "upon arrival", "after reaching", "on reaching",
    "when you reach", "pouche", "pouchhe", "pouchanor por", "pahunch kar",
    "pahunchkar", "pahunchne par", "pahuchne par", "পৌঁছে", "পৌঁছানোর পর", "পৌঁছলে", "পৌঁছাবার পর",
    "पहुंचकर", "पहुँचकर", "पहुंचने पर", "पहुँचने पर", "पहुंचने के बाद", "पहुँचने के बाद",
)
# ... or told later, on a day of theirs: "location will be told after the interview", "पार्टी का पता
# उसी दिन बताया जाएगा", "ঠিকানা ইন্টারভিউতে জানানো হবে".
TOLD_LATER = (
    "will be told", "will be shared", "will be informed", "will be given later",
    "bataya jayega", "batayi jayegi", "batai jayegi", "bataenge", "batayenge", "janano hobe",
    "bola hobe", "jana jabe", "बताया जाएगा", "बताई जाएगी", "बताया जायेगा", "बताई जायेगी",
    "बताएंगे", "बताएँगे", "জানানো হবে", "বলা হবে", "জানিয়ে দেওয়া হবে",
)
# Where to find the employer: a street address, a landmark, a shop or office ("Station Road",
# "near CF park", "Plot 12", "রাজা এস.সি. মল্লিক রোড", "बस स्टैंड के पास"). With one, a phone number
# is how to reach an employer that can be found, not the only trace of one.
ADDRESS = (
    "road", "rd", "street", "lane", "gali", "block", "sector", "plot", "plot no", "shop no",
    "shop number", "house no", "house number", "floor", "building", "near", "opposite",
    "chowk", "chowrasta", "market", "bazar", "bazaar", "mandi", "nagar", "colony", "mohalla",
    "industrial area", "industrial estate", "complex", "mall", "avenue", "town", "bypass",
    "बाईपास", "बायपास", "বাইপাস",
    "রোড", "সড়ক", "লেন", "গলি", "ব্লক", "সেক্টর", "প্লট", "বাড়ি নং", "তলা", "ভবন", "মোড়",
    "মার্কেট", "নগর", "কলোনি", "শিল্প নগরী", "শিল্প এলাকা",
    "रोड", "मार्ग", "गली", "ब्लॉक", "सेक्टर", "प्लॉट", "मकान नं", "मंजिल", "भवन", "सामने", "चौक",
    "चौराहा", "बाजार", "बाज़ार", "मंडी", "मार्केट", "नगर", "कॉलोनी", "मोहल्ला", "दुकान नं",
)

# The kind of a business, after its name: "Heena Mehendi Studio", "Rajwada Wedding Planners"
# (in Latin script the name before it is capitalised).
BUSINESS_KIND = (
    "studio", "studios", "parlour", "parlor", "salon", "boutique", "farm", "farms", "dairy",
    "trust", "samiti", "samooh", "samuh", "sangathan", "shg", "ngo", "foundation", "society",
    "school", "academy", "college", "hospital", "clinic", "nursing home", "ltd", "limited",
    "pvt", "llp", "enterprises", "industries", "traders", "services", "bureau", "agency",
    "planners", "caterers", "mills", "mill", "store", "stores", "emporium", "showroom",
    "restaurant", "dhaba", "bakery", "sweets", "junction", "kitchen", "centre", "center",
    "kendra", "bhandar", "udyog", "co-operative", "cooperative", "convent", "vidyalaya",
    # a lodging business ("The Laguna Bay Resort"), a school of an art ("Nupur Nrityangan"), and
    # a shop by its Indian-language kind ("Shantipur Tant Ghar", "Ma Tara Bastralaya")
    "resort", "resorts", "hotel", "nrityangan", "nrityalaya", "nritya niketan", "kala kendra",
    "ghar", "ghor", "bitan", "kutir", "bastralaya", "vastralaya", "bastra bitan",
)
# In Devanagari and Bengali, which have no capitals, only a form of organisation that always
# follows a name: "उजाला महिला स्वयं सहायता समूह", "আলোর দিশা মহিলা উন্নয়ন সমিতি", "... प्रा. लि." (not
# "सरकारी अस्पताल" nor "मसाज पार्लर", a kind described).
ORGANISATION_FORM = (
    "ट्रस्ट", "समिति", "समूह", "संगठन", "लिमिटेड", "प्रा लि", "प्राइवेट लिमिटेड", "सर्विसेज",
    "सर्विसेज़", "फाउंडेशन", "ট্রাস্ট", "সমিতি", "গোষ্ঠী", "লিমিটেড", "প্রা লি", "সার্ভিসেস",
    "ফাউন্ডেশন",
    # a school follows its name too: "राजकीय बालिका विद्यालय", "বেলতলা বালিকা বিদ্যালয়"
    "विद्यालय", "महाविद्यालय", "বিদ্যালয়", "মহাবিদ্যালয়",
    # ... and so do a school of an art and a shop's own kind: "নূপুর নৃত্যাঙ্গন", "झंकार नृत्यालय",
    # "মা তারা বস্ত্রালয়", "শান্তিপুর তাঁত বিতান", "खादी भंडार"
    "নৃত্যাঙ্গন", "নৃত্যালয়", "নৃত্যকলা কেন্দ্র", "কলাকেন্দ্র", "नृत्यालय", "कला केंद्र",
    "कला केन्द्र", "বস্ত্রালয়", "বিতান", "ভান্ডার", "ভাণ্ডার", "वस्त्रालय", "भंडार",
)
