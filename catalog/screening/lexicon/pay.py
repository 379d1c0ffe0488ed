"""Pay, for the wage rules: "no experience" with high pay (`no_experience_high_pay`), the words
near which a sum is a wage the opening promises, and by day, week or month, full time or not.
"""

NO_EXPERIENCE = (
    "no experience", "without experience", "fresher", "freshers", "freshers welcome",
    "bina anubhav", "bina experience", "अनुभव की जरूरत नहीं", "बिना अनुभव", "অভিজ্ঞতা লাগবে না",
    "অভিজ্ঞতার প্রয়োজন নেই", "অভিজ্ঞতা ছাড়া",
    "no qualification", "without qualification", "no qualification needed",
    "no training needed", "no training required",
    "koi qualification nahi", "padhai ki zarurat nahi", "anyone can apply",
    "যোগ্যতা লাগবে না", "শিক্ষাগত যোগ্যতা লাগবে না", "योग्यता की जरूरत नहीं", "कोई योग्यता नहीं",
    # freshers in each script, no schooling asked, and "new faces": no experience, as a lure
    # of modelling or films words it
    "फ्रेशर", "फ्रेशर्स", "ফ্রেশার", "no degree", "degree lagbe na", "degree nahi chahiye",
    "পড়াশোনা লাগবে না", "ডিগ্রি লাগবে না", "पढ़ाई की जरूरत नहीं", "डिग्री की जरूरत नहीं",
    "new faces", "new face", "fresh faces", "fresh face", "notun mukh", "naye chehre",
    "নতুন মুখ", "नए चेहरे", "नया चेहरा",
)
EXPERIENCE = (
    "experience", "experienced", "anubhav", "obhiggota", "abhigyata", "ovigota", "obhijnota",
    "অভিজ্ঞতা", "अनुभव",
)
NOT_NEEDED = (
    "no", "not", "nahi", "nahin", "nai", "na", "nei", "bina", "without", "lagbe na",
    "zarurat nahi", "jarurat nahi", "dorkar nei", "proyojon nei", "not required", "not needed",
    "नहीं", "बिना", "না", "নেই", "ছাড়া",
)

# Words of pay, near which a sum of money in the text is a wage that the opening promises.
PAY_WORD = (
    "salary", "salery", "sallary", "wage", "wages", "pay", "earn", "earning", "earnings",
    "income", "kamai", "kamao", "tankha", "tankhwah", "vetan", "beton", "maine", "mahina",
    "mahine", "month", "monthly", "pm", "per month", "maas", "mash", "mase", "stipend",
    "वेतन", "तनख्वाह", "महीना", "महीने", "कमाई", "बेतन", "বেতন", "মাইনে", "মাসে", "মাস",
    "আয়",
)
# The wage itself named: a pay word other than the verbs "pay" and "earn" (a sum near "pay Rs
# 500" may be a fee, near "salary" it is none).
SALARY_WORD = tuple(word for word in PAY_WORD if word not in ("pay", "earn"))
# Work that is not full time, for which a monthly wage under the full-time floor says nothing:
# part-time, a few hours a day, paid by the piece, at home.
PART_TIME = (
    "part time", "parttime", "half day", "half time", "few hours", "hours a day",
    "hours per day", "hours daily", "piece rate", "per piece", "piece wise", "home based",
    "from home", "at home", "ghar baithe", "ghar se", "ghare bose", "bari theke", "adha din",
    "ardha din", "prati piece", "पार्ट टाइम", "आधा दिन", "घर बैठे", "घर से", "प्रति पीस",
    "পার্ট টাইম", "অর্ধেক দিন", "ঘরে বসে", "বাড়ি থেকে", "প্রতি পিস",
    # paid by what she makes, by any unit: "Rs 30 per kg", "प्रति किलो के हिसाब से", "প্রতি কেজিতে"
    # earnings named as extra to a household's, from her own produce: "3,000 रुपये महीना
    # अतिरिक्त कमाया", "extra income of Rs 2,500 a month", "মাসে বাড়তি আয় ২০০০ টাকা"
    "extra income", "additional income", "side income", "extra earning", "extra earnings",
    "extra kamai", "atirikt kamai", "atirikt aay", "atirikt aamdani", "अतिरिक्त कमाई",
    "अतिरिक्त आय", "अतिरिक्त कमाया", "अतिरिक्त कमा", "अतिरिक्त आमदनी", "বাড়তি আয়",
    "বাড়তি রোজগার", "বাড়তি উপার্জন", "barti aay", "barti ay", "barti rojgar", "baroti ay",
    "per kg", "per kilo", "a kilo", "per 1000", "per thousand", "per dozen", "har piece",
    "prati kilo", "prati kg", "proti kg", "proti kilo", "kilo hisabe", "प्रति किलो", "किलो के हिसाब",
    "प्रति दर्जन", "प्रति हजार", "প্রতি কেজি", "প্রতি কেজিতে", "কেজি প্রতি", "প্রতি হাজার",
    "প্রতি ডজন", "বাড়িতে বসে", "ghare boshe", "barite bose", "barite boshe",
    # a rate by the unit, however it is written: "kg pichhu 30 taka", "প্রতিটি কাঁথায়", "हर हज़ार
    # पर", "Rs 2 a bag"; home-based, and weekends only
    "pichhu", "pichu", "পিছু", "প্রতিটি", "protiti", "har hazaar", "har hajar", "हर हज़ार",
    "हर हजार", "a bag", "per bag", "a packet", "per packet", "each piece", "ek suit ki",
    "ghore bose", "ghore boshe", "ঘরে বসে", "home-based", "home based", "weekends only",
    "weekend only", "only on weekends",
)
# Full-time work stated as such: with it, home-based or piece-work words do not spare the floor
# ("Live-in maid, full time, Rs 2,000 a month").
FULL_TIME = (
    "full time", "full-time", "fulltime", "live in", "live-in", "24 hours", "24 ghante",
    "pura din", "poora din", "puro din", "sara din", "फुल टाइम", "पूर्णकालिक", "पूरा दिन",
    "ফুল টাইম", "পূর্ণকালীন", "সারাদিন", "সারা দিন",
    # a working week named: "Monday to Saturday", "6 days a week", "সোমবার থেকে শনিবার"
    "monday to saturday", "mon to sat", "6 days a week", "six days a week", "somvar se shanivar",
    "सोमवार से शनिवार", "সোমবার থেকে শনিবার", "shombar theke shonibar", "sombar theke shonibar",
)
# Earnings on top of a support sum, on her own work ("plus commission on every account opened",
# "हर लेनदेन पर कमीशन", "সঙ্গে ইনসেনটিভ"): a self-employed agent's (a BC Sakhi's, a Bima Sakhi's),
# so the sum alone is not the whole of a wage and the floor does not judge it.
OWN_COMMISSION = (
    "commission", "commissions", "incentive", "incentives", "commission on", "kamishan",
    "protsahan rashi", "कमीशन", "प्रोत्साहन राशि", "प्रोत्साहन", "इंसेंटिव", "কমিশন", "ইনসেনটিভ",
    "ইনসেন্টিভ", "প্রণোদনা",
)
# Seasonal work, paid for the season: "Rs 4,000 for the season", "सीजन के 4,000", "মৌসুমে".
SEASONAL = (
    "seasonal", "season", "for the season", "harvest", "mausam", "mausami", "mosam", "katai",
    "मौसम", "मौसमी", "सीजन", "कटाई", "মৌসুম", "মৌসুমি", "মৌসুমে", "মরসুম", "মরশুম", "mousum",
    "morsum", "moushumi",
)
# A sum of sales, not of pay: "diner bikri 5000 er upor hole 5% incentive", "sales above Rs
# 20,000", "बिक्री 10,000 से ऊपर".
SALES_FIGURE = (
    "sales", "sale", "bikri", "bikroy", "turnover", "target", "বিক্রি", "বিক্রয়", "बिक्री",
    "टारगेट", "টার্গেট",
)
PER_DAY = (
    "per day", "daily", "a day", "roj", "roz", "rozana", "din", "dine", "prati din", "protidin",
    "রোজ", "দৈনিক", "প্রতিদিন", "रोज", "रोज़", "प्रतिदिन", "दिहाड़ी",
    # a night, a show or an event is paid like a day
    "per night", "every night", "prati raat", "per event", "per show",
    "per program", "per programme", "har program", "per party", "প্রতি রাতে", "প্রতি রাত",
    "प्रति रात", "हर रात",
)
PER_MONTH = (
    "month", "monthly", "per month", "a month", "pm", "mahina", "mahine", "maas", "mash",
    "mase", "masik", "মাসে", "মাস", "মাসিক", "महीना", "महीने", "मासिक",
)
PER_WEEK = (
    "per week", "weekly", "a week", "every week", "har hafte", "hafta", "saptahik",
    "proti soptahe", "prati saptah", "সাপ্তাহিক", "প্রতি সপ্তাহে", "साप्ताहिक", "हर हफ्ते",
)
# A sum a year, not a month ("1.08 lakh a year", "सालाना 1.2 लाख", "বছরে ১ লাখ"): a twelfth of it is
# the monthly wage.
PER_YEAR = (
    "a year", "per year", "per annum", "pa", "annual", "annually", "yearly", "every year",
    "salana", "saalana", "varshik", "prati varsh", "bochhore", "bochore", "barshik",
    "सालाना", "वार्षिक", "प्रति वर्ष", "प्रतिवर्ष", "बछरे", "বছরে", "বার্ষিক", "প্রতি বছর",
)
# Wages withheld to the end of a term or a season (an ILO indicator of forced labour): the
# rest of the wage, or all of it in one lump, paid later ("Salary 6 mahine baad ek saath
# milegi", "बाकी वेतन बॉन्ड पूरा होने पर एक साथ", "বাকি বেতন বছর শেষে একসাথে").
WAGE_LUMP = (
    "baki", "baaki", "baki salary", "baaki salary", "remaining salary", "balance salary",
    "remaining wages", "balance wages", "rest of the salary", "rest of the wages",
    "ek saath", "ek sath", "eksath", "ek sathe", "eksathe", "ekshathe", "lump sum", "lumpsum",
    "in one go", "all at once", "बाकी", "शेष वेतन", "बाकी वेतन", "एक साथ", "एकमुश्त",
    "বাকি", "বাকি বেতন", "একসাথে", "এক সাথে", "একবারে",
)
WAGE_LATER = (
    "baad", "ke baad", "after", "at the end", "at the end of", "end of the season",
    "end of season", "season end", "season ke baad", "year end", "end of the year",
    "end of the contract", "contract end", "on completion", "completion", "pura hone par",
    "jaate samay", "jate samay", "ghar jaate waqt", "shesh hole", "sheshe",
    "bochor sheshe", "পরে", "শেষে", "শেষ হলে", "বছর শেষে", "মৌসুম শেষে", "বাড়ি যাওয়ার সময়",
    "बाद", "के बाद", "अंत में", "पूरा होने पर", "पूरा होने के बाद", "सीजन के बाद", "जाते समय",
)
# A sum earned by two or more together, not by her alone: "a pair normally earns Rs 22-26
# thousand", "jodi mile 20 hajar", "দম্পতি একসাথে ২২ হাজার", "पति-पत्नी मिलकर 25,000".
EARNED_TOGETHER = (
    "a pair", "per pair", "pair", "pairs", "couple", "couples", "per couple", "husband and wife",
    "husband wife", "both together", "together earn", "jodi", "jori", "joda", "jora", "dampati",
    "milkar", "mil kar", "ek sathe", "eksathe", "জোড়া", "জুটি", "দম্পতি", "স্বামী স্ত্রী",
    "একসাথে", "जोड़ी", "जोड़ा", "दंपति", "पति पत्नी", "मिलकर", "whole family", "poora parivar",
    "pura parivar", "পুরো পরিবার", "पूरा परिवार",
)
# The currencies of a sum at home, as a word beside it ("11,000 taka", "Rs 500", "৫০০ টাকা"; "₹"
# and "৳" are read as "rs" and "taka"): a sum of money, not a count nor a year.
HOME_CURRENCY = frozenset({"rs", "inr", "rupees", "rupaye", "rupaiya", "taka", "tk", "টাকা",
                           "রুপি", "रुपये", "रुपए", "रुपया"})
# A foreign currency named with a sum, at about its 2025 rate in rupees: "beton 1,500 ringgit",
# "SAR 1,200", "১,৬০,০০০ ইয়েন". The sum is then read in rupees ("1,500 ringgit" is a wage of
# about Rs 28,000, not Rs 1,500), as the wage check compares rupees.
FOREIGN_CURRENCY_INR = {
    **dict.fromkeys(("ringgit", "ringit", "myr", "rm", "রিংগিত", "রিঙ্গিত", "रिंगित"), 19),
    **dict.fromkeys(("riyal", "riyals", "rial", "sar", "qar", "রিয়াল", "রিয়েল", "रियाल"), 22),
    **dict.fromkeys(("dirham", "dirhams", "aed", "দিরহাম", "दिरहम"), 23),
    **dict.fromkeys(("dinar", "dinars", "jod", "দিনার", "दीनार"), 118),
    **dict.fromkeys(("kwd", "kd"), 270),
    **dict.fromkeys(("omr", "bhd"), 220),
    **dict.fromkeys(("yen", "jpy", "ইয়েন", "येन"), 0.56),
    **dict.fromkeys(("usd", "dollar", "dollars", "ডলার", "डॉलर"), 84),
    **dict.fromkeys(("sgd",), 63),
}
# A skilled grade paid by the day beside its helpers ("jogali 550, mistri 800 taka roj"): its
# going rate is a skilled worker's, above the trade's entry wage.
SKILLED_GRADE = (
    "mistri", "mistry", "mistiri", "rajmistri", "raj mistri", "rajmistry", "mason", "masons",
    "head mason", "carpenter", "carpenters", "electrician", "electricians", "plumber",
    "plumbers", "welder", "welders", "kath mistri", "মিস্ত্রি", "রাজমিস্ত্রি", "রাজ মিস্ত্রি",
    "কাঠমিস্ত্রি", "मिस्त्री", "राजमिस्त्री", "राज मिस्त्री", "बढ़ई", "प्लंबर",
)
