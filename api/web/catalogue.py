"""The labels of the web pages in Hindi and Bengali: English text -> (Hindi, Bengali).

Placeholders in braces ({count}, {title}) stay as they are. Data (course titles, trade names,
district names) is shown as entered; these are the page's own words.
"""
from __future__ import annotations

LABELS: dict[str, tuple[str, str]] = {
    "An employer was reported unsafe: check in on profile {profile} (referral {referral}) by {date}.": (
        "एक नियोक्ता को असुरक्षित बताया गया: {date} तक प्रोफ़ाइल {profile} (रेफ़रल {referral}) का हाल जानें।",
        "একজন নিয়োগকর্তাকে অনিরাপদ বলা হয়েছে: {date}-এর মধ্যে প্রোফাইল {profile} (রেফারাল {referral})-এর খোঁজ নিন।"),
    "A follow-up reported employer {employer} unsafe: its open jobs are back in review.": (
        "एक फ़ॉलो-अप में नियोक्ता {employer} को असुरक्षित बताया गया: उसकी खुली नौकरियाँ फिर से समीक्षा में हैं।",
        "একটি ফলো-আপে নিয়োগকর্তা {employer}-কে অনিরাপদ বলা হয়েছে: এর খোলা কাজগুলি আবার পর্যালোচনায়।"),
    "Unsafe": ("असुरक्षित", "অনিরাপদ"),
    "Fees taken from her": ("उससे फ़ीस ली गई", "তাঁর কাছ থেকে টাকা নেওয়া হয়েছে"),
    "Her documents kept": ("उसके दस्तावेज़ रख लिए गए", "তাঁর কাগজপত্র রেখে দেওয়া হয়েছে"),
    "Wages unpaid": ("वेतन नहीं दिया गया", "মজুরি দেওয়া হয়নি"),
    # The publishing gate, the employer's record, cards published over flags
    'Seeks minors': ('नाबालिगों की तलाश', 'নাবালিকা খোঁজে'),
    "Keeps workers' documents": ('कामगार के दस्तावेज़ रख लेता है', 'কর্মীর কাগজপত্র রেখে দেয়'),
    'Charges the worker a fee': ('कामगार से फ़ीस लेता है', 'কর্মীর কাছ থেকে টাকা নেয়'),
    'Pays an advance to the family': ('परिवार को अग्रिम पैसा देता है', 'পরিবারকে অগ্রিম টাকা দেয়'),
    'Entertainment or bar work': ('मनोरंजन या बार का काम', 'বিনোদন বা বারের কাজ'),
    'Travel abroad': ('विदेश यात्रा', 'বিদেশে যাত্রা'),
    "Paid well under the promised wage": (
        "वादे से बहुत कम वेतन दिया",
        "প্রতিশ্রুতির চেয়ে অনেক কম মজুরি দিয়েছে"),
    'Unusual wage': ('असामान्य वेतन', 'অস্বাভাবিক মজুরি'),
    'Employer not clearly named': ('नियोक्ता का नाम साफ़ नहीं', 'নিয়োগকর্তার নাম স্পষ্ট নয়'),
    'High pay for no experience': ('बिना अनुभव के ऊँचा वेतन', 'অভিজ্ঞতা ছাড়াই বেশি মজুরি'),
    'Employer not verified': ('नियोक्ता सत्यापित नहीं', 'নিয়োগকর্তা যাচাই করা হয়নি'),
    "Hard flag: blocks publishing": (
        "गंभीर चेतावनी: प्रकाशन रोकती है",
        "গুরুতর সতর্কতা: প্রকাশ আটকায়"),
    'Soft flag: needs a note': ('हल्की चेतावनी: नोट ज़रूरी', 'হালকা সতর্কতা: নোট লাগবে'),
    "Settled by verifying the employer": (
        "नियोक्ता के सत्यापन से सुलझती है",
        "নিয়োগকর্তা যাচাই করলে মেটে"),
    'A hard flag was raised': ('एक गंभीर चेतावनी उठी', 'একটি গুরুতর সতর্কতা উঠেছে'),
    "New flags since it was published": (
        "प्रकाशन के बाद नई चेतावनियाँ",
        "প্রকাশের পরে নতুন সতর্কতা"),
    'Reworded by the employer': ('नियोक्ता ने शब्द बदले', 'নিয়োগকর্তা লেখা বদলেছেন'),
    "A follow-up reported this employer unsafe": (
        "एक फ़ॉलो-अप में यह नियोक्ता असुरक्षित बताया गया",
        "একটি ফলো-আপে এই নিয়োগকর্তাকে অনিরাপদ বলা হয়েছে"),
    'Back in review': ('फिर से समीक्षा में', 'আবার পর্যালোচনায়'),
    'Employer record': ('नियोक्ता का रिकॉर्ड', 'নিয়োগকর্তার রেকর্ড'),
    'Placements': ('नौकरी लगीं', 'কাজে যোগদান'),
    'Working at 90 days': ('90 दिन पर काम कर रही हैं', '৯০ দিনে কাজ করছেন'),
    'Not recorded yet': ('अभी दर्ज नहीं', 'এখনও লেখা হয়নি'),
    'Unsafe reports': ('असुरक्षा की रिपोर्ट', 'অনিরাপদের রিপোর্ট'),
    "Wage paid against wage promised": (
        "दिया गया वेतन बनाम वादा किया गया वेतन",
        "দেওয়া মজুরি বনাম প্রতিশ্রুত মজুরি"),
    '{count} reports': ('{count} रिपोर्ट', '{count}টি রিপোর্ট'),
    "{count} well under the promise": (
        "{count} वादे से बहुत कम",
        "{count}টি প্রতিশ্রুতির চেয়ে অনেক কম"),
    'Dismissed by an admin': ('एक एडमिन ने खारिज किया', 'একজন অ্যাডমিন বাতিল করেছেন'),
    "You dismissed it; a second admin must agree.": (
        "आपने खारिज किया; दूसरे एडमिन की सहमति चाहिए।",
        "আপনি বাতিল করেছেন; দ্বিতীয় একজন অ্যাডমিনকে একমত হতে হবে।"),
    "Why is this a false alarm? (required)": (
        "यह झूठी चेतावनी क्यों है? (ज़रूरी)",
        "এটা কেন ভুল সতর্কতা? (আবশ্যক)"),
    'Dismiss as a false alarm': ('झूठी चेतावनी मानकर खारिज करें', 'ভুল সতর্কতা বলে বাতিল করুন'),
    'Cleared by two admins.': ('दो एडमिन ने हटा दी।', 'দুজন অ্যাডমিন সরিয়ে দিয়েছেন।'),
    "What did you check? (required)": (
        "आपने क्या जाँचा? (ज़रूरी)",
        "আপনি কী যাচাই করেছেন? (আবশ্যক)"),
    "Publishing is blocked by hard flags": (
        "गंभीर चेतावनियों के कारण प्रकाशन रुका है",
        "গুরুতর সতর্কতার জন্য প্রকাশ আটকে আছে"),
    "Note (required: why it may be published over its flags, or why it is rejected)": (
        "नोट (ज़रूरी: चेतावनियों के बावजूद क्यों प्रकाशित हो सकता है, या क्यों अस्वीकार है)",
        "নোট (আবশ্যক: সতর্কতা সত্ত্বেও কেন প্রকাশ করা যায়, বা কেন বাতিল)"),
    'Reason (required)': ('कारण (ज़रूरी)', 'কারণ (আবশ্যক)'),
    'Withdraw verification': ('सत्यापन वापस लें', 'যাচাই প্রত্যাহার করুন'),
    "{flag}: cleared by two admins.": (
        "{flag}: दो एडमिन ने हटा दी।",
        "{flag}: দুজন অ্যাডমিন সরিয়ে দিয়েছেন।"),
    "{flag}: dismissal recorded; a second admin must agree.": (
        "{flag}: खारिज करना दर्ज हुआ; दूसरे एडमिन की सहमति चाहिए।",
        "{flag}: বাতিল লেখা হল; দ্বিতীয় একজন অ্যাডমিনকে একমত হতে হবে।"),
    "{name} is no longer verified; its openings are back in review.": (
        "{name} अब सत्यापित नहीं है; इसकी नौकरियाँ फिर से समीक्षा में हैं।",
        "{name} আর যাচাই করা নয়; এর কাজগুলি আবার পর্যালোচনায়।"),
    "Hard flags block publishing: the employer rewords the opening, or two admins dismiss each flag with a reason.": (
        "गंभीर चेतावनियाँ प्रकाशन रोकती हैं: नियोक्ता शब्द बदले, या दो एडमिन हर चेतावनी को कारण लिखकर खारिज करें।",
        "গুরুতর সতর্কতা প্রকাশ আটকায়: নিয়োগকর্তা লেখা বদলান, বা দুজন অ্যাডমিন কারণ লিখে প্রতিটি সতর্কতা বাতিল করুন।"),
    "Write why the opening may be published over its flags.": (
        "लिखें कि चेतावनियों के बावजूद यह नौकरी क्यों प्रकाशित हो सकती है।",
        "লিখুন সতর্কতা সত্ত্বেও কাজটি কেন প্রকাশ করা যায়।"),
    "Write why this flag is a false alarm.": (
        "लिखें कि यह चेतावनी झूठी क्यों है।",
        "লিখুন এই সতর্কতা কেন ভুল।"),
    "Write what was checked, or why it is withdrawn.": (
        "लिखें कि क्या जाँचा गया, या क्यों वापस लिया गया।",
        "লিখুন কী যাচাই হয়েছে, বা কেন প্রত্যাহার।"),
    "Published over screening flags": (
        "जाँच की चेतावनियों के बावजूद प्रकाशित",
        "যাচাইয়ের সতর্কতা সত্ত্বেও প্রকাশিত"),
    "Admin's note": ('एडमिन का नोट', 'অ্যাডমিনের নোট'),
    'Why the admins dismissed it': ('एडमिन ने इसे क्यों खारिज किया', 'অ্যাডমিনরা কেন বাতিল করেছেন'),
    "I have read these flags and the admins' reasons": (
        "मैंने ये चेतावनियाँ और एडमिन के कारण पढ़ लिए हैं",
        "আমি এই সতর্কতা ও অ্যাডমিনদের কারণ পড়েছি"),
    "Tick the box to confirm you have read the flags of this job.": (
        "पुष्टि के लिए बॉक्स पर निशान लगाएँ कि आपने इस नौकरी की चेतावनियाँ पढ़ ली हैं।",
        "এই কাজের সতর্কতা পড়েছেন তা নিশ্চিত করতে বাক্সে টিক দিন।"),
    "Not referred: read this job's flags and confirm.": (
        "भेजा नहीं गया: यह नौकरी चेतावनियों के बावजूद प्रकाशित हुई थी। उन्हें पढ़कर पुष्टि करें।",
        "পাঠানো হয়নি: কাজটি সতর্কতা সত্ত্বেও প্রকাশিত। সেগুলি পড়ে নিশ্চিত করুন।"),
    "Needs no Indian papers: she can do this while she waits": (
        "भारतीय कागज़ों की ज़रूरत नहीं: इंतज़ार के दौरान वह यह कर सकती है",
        "ভারতীয় কাগজ লাগে না: অপেক্ষার সময় তিনি এটা করতে পারেন"),
    "Needs {documents}, which she cannot obtain without Indian papers": (
        "{documents} चाहिए, जो वह भारतीय कागज़ों के बिना नहीं पा सकती",
        "{documents} লাগবে, যা তিনি ভারতীয় কাগজ ছাড়া পেতে পারেন না"),
    # Layout and sign-in
    "Livelihood matching": ("आजीविका मिलान", "জীবিকা মিলন"),
    "Skip to content": ("मुख्य सामग्री पर जाएँ", "মূল অংশে যান"),
    "Main": ("मुख्य", "প্রধান"),
    "Language": ("भाषा", "ভাষা"),
    "Change": ("बदलें", "বদলান"),
    "Sign in": ("साइन इन", "সাইন ইন"),
    "Sign out": ("साइन आउट", "সাইন আউট"),
    "Email": ("ईमेल", "ইমেল"),
    "Password": ("पासवर्ड", "পাসওয়ার্ড"),
    "The email or the password is not right.": ("ईमेल या पासवर्ड सही नहीं है।",
                                                "ইমেল বা পাসওয়ার্ড ঠিক নয়।"),
    "On a shared computer, sign out when you finish.": (
        "साझा कंप्यूटर पर, काम पूरा होने पर साइन आउट करें।",
        "শেয়ার করা কম্পিউটারে কাজ শেষ হলে সাইন আউট করুন।"),
    "Too many tries. Wait a few minutes, then sign in again.": (
        "बहुत बार कोशिश हुई। कुछ मिनट रुकें, फिर साइन इन करें।",
        "অনেকবার চেষ্টা হয়েছে। কয়েক মিনিট অপেক্ষা করে আবার সাইন ইন করুন।"),
    "The service is busy. Try again in a moment.": (
        "सेवा अभी व्यस्त है। थोड़ी देर में फिर कोशिश करें।",
        "পরিষেবাটি এখন ব্যস্ত। একটু পরে আবার চেষ্টা করুন।"),
    "Please sign in to see this page.": ("यह पेज देखने के लिए साइन इन करें।",
                                         "এই পাতা দেখতে সাইন ইন করুন।"),
    "Notifications": ("सूचनाएँ", "বিজ্ঞপ্তি"),
    "Nothing new.": ("कुछ नया नहीं।", "নতুন কিছু নেই।"),
    "Mark as read": ("पढ़ा हुआ चिह्नित करें", "পড়া হয়েছে চিহ্নিত করুন"),
    "Back to my page": ("मेरे पेज पर वापस", "আমার পাতায় ফিরুন"),
    "Please correct the fields marked below.": ("नीचे चिह्नित खाने ठीक करें।",
                                                "নিচে চিহ্নিত ঘরগুলো ঠিক করুন।"),
    "Enter a whole number.": ("पूर्ण संख्या लिखें।", "পূর্ণ সংখ্যা লিখুন।"),
    "Enter a number.": ("संख्या लिखें।", "সংখ্যা লিখুন।"),
    "Missing value.": ("मान नहीं दिया गया।", "মান দেওয়া হয়নি।"),
    "Save": ("सहेजें", "সংরক্ষণ করুন"),
    "Edit": ("बदलें", "সম্পাদনা"),
    "Yes": ("हाँ", "হ্যাঁ"),
    "Remote": ("दूर से (ऑनलाइन)", "দূর থেকে (অনলাইন)"),
    "month": ("माह", "মাস"),
    # Error pages
    "This request could not be read": ("यह अनुरोध पढ़ा नहीं जा सका", "এই অনুরোধ পড়া গেল না"),
    "This page is not for your role": ("यह पेज आपकी भूमिका के लिए नहीं है",
                                       "এই পাতা আপনার ভূমিকার জন্য নয়"),
    "Not found": ("नहीं मिला", "পাওয়া যায়নি"),
    "Not allowed": ("अनुमति नहीं", "অনুমতি নেই"),
    "This could not be done": ("यह नहीं हो सका", "এটি করা গেল না"),
    "The file is too large": ("फ़ाइल बहुत बड़ी है", "ফাইলটি খুব বড়"),
    "Something went wrong": ("कुछ गलत हो गया", "কিছু ভুল হয়েছে"),
    "The service is unavailable for a moment": ("सेवा कुछ देर के लिए उपलब्ध नहीं है",
                                                 "পরিষেবাটি কিছুক্ষণের জন্য পাওয়া যাচ্ছে না"),
    "At most {limit} KB in one upload.": ("एक बार में अधिकतम {limit} KB।",
                                          "একবারে সর্বোচ্চ {limit} KB।"),
    "The form had expired or came from elsewhere. Go back, reload the page and send it again.": (
        "फ़ॉर्म की अवधि समाप्त हो गई या वह कहीं और से "
        "आया। वापस जाएँ, पेज दोबारा खोलें और फिर भेजें।",
        "ফর্মের মেয়াদ শেষ বা এটি অন্য কোথাও থেকে এসেছে। ফিরে যান, পাতাটি আবার খুলে আবার পাঠান।"),
    # Counselor
    "My profiles": ("मेरी प्रोफ़ाइलें", "আমার প্রোফাইল"),
    "New profile": ("नई प्रोफ़ाइल", "নতুন প্রোফাইল"),
    "Edit profile": ("प्रोफ़ाइल बदलें", "প্রোফাইল সম্পাদনা"),
    "{count} new notifications": ("{count} नई सूचनाएँ", "{count}টি নতুন বিজ্ঞপ্তি"),
    "No profiles yet.": ("अभी कोई प्रोफ़ाइल नहीं।", "এখনও কোনো প্রোফাইল নেই।"),
    "See matches": ("मिलान देखें", "মিল দেখুন"),
    # Follow-ups due on the profile list
    "Overdue": ("समय निकल गया", "সময় পেরিয়ে গেছে"),
    "Due": ("करना है", "করতে হবে"),
    "day-{day} follow-up of referral {referral}, due {date}, {days} days late": (
        "रेफ़रल {referral} की दिन-{day} की खोज-खबर, {date} तक करनी थी, {days} दिन देर",
        "রেফারাল {referral}-এর দিন-{day}-এর খোঁজখবর, {date}-এ করার কথা ছিল, {days} দিন দেরি"),
    "day-{day} follow-up of referral {referral}, due {date}": (
        "रेफ़रल {referral} की दिन-{day} की खोज-खबर, {date} को करनी है",
        "রেফারাল {referral}-এর দিন-{day}-এর খোঁজখবর, {date}-এ করার কথা"),
    "Never write a name, phone number, address or ID number here: only what matching needs.": (
        "यहाँ नाम, फ़ोन नंबर, पता या पहचान संख्या कभी न लिखें: केवल वही जो मिलान के लिए ज़रूरी है।",
        "এখানে কখনও নাম, ফোন নম্বর, ঠিকানা বা পরিচয় নম্বর লিখবেন না: শুধু মিলের জন্য যা দরকার।"),
    "About the survivor": ("सर्वाइवर के बारे में", "সারভাইভার সম্পর্কে"),
    "Case reference": ("केस संदर्भ", "কেস রেফারেন্স"),
    "Your organisation's own case number.": ("आपकी संस्था की अपनी केस संख्या।",
                                             "আপনার সংস্থার নিজস্ব কেস নম্বর।"),
    "Age": ("उम्र", "বয়স"),
    "Gender": ("लिंग", "লিঙ্গ"),
    "Reading and schooling": ("पढ़ाई-लिखाई और स्कूली शिक्षा", "পড়াশোনা ও স্কুলশিক্ষা"),
    "Languages she speaks": ("वह कौन-सी भाषाएँ बोलती है", "তিনি যে ভাষাগুলো বলেন"),
    "Place and travel": ("स्थान और आना-जाना", "স্থান ও যাতায়াত"),
    "District": ("ज़िला", "জেলা"),
    "State": ("राज्य", "রাজ্য"),
    "Daily travel she can manage (km)": ("रोज़ कितनी दूर जा सकती है (किमी)",
                                         "প্রতিদিন কতদূর যেতে পারেন (কিমি)"),
    "Would move for residential training or a job with accommodation": (
        "आवासीय प्रशिक्षण या रहने की सुविधा वाली नौकरी के लिए जगह बदल सकती है",
        "আবাসিক প্রশিক্ষণ বা থাকার ব্যবস্থাসহ কাজের জন্য অন্যত্র যেতে পারেন"),
    "Districts to avoid for her safety": ("उसकी सुरक्षा के लिए जिन ज़िलों से बचना है",
                                          "তাঁর নিরাপত্তার জন্য যে জেলাগুলো এড়াতে হবে"),
    "Separate with commas.": ("अल्पविराम (,) से अलग करें।", "কমা (,) দিয়ে আলাদা করুন।"),
    "Learning and work": ("सीखना और काम", "শেখা ও কাজ"),
    "How she can learn or work": (
        "वह कैसे सीख या काम कर सकती है",
        "তিনি কীভাবে শিখতে বা কাজ করতে পারেন"),
    "Phone or computer": ("फ़ोन या कंप्यूटर", "ফোন বা কম্পিউটার"),
    "Has usable internet": ("काम करने लायक इंटरनेट है", "ব্যবহারযোগ্য ইন্টারনেট আছে"),
    "Interests": ("रुचियाँ", "আগ্রহ"),
    "In any language; separate with commas. Suggestions appear as you type.": (
        "किसी भी भाषा में; अल्पविराम से अलग करें। लिखते समय सुझाव दिखेंगे।",
        "যেকোনো ভাষায়; কমা দিয়ে আলাদা করুন। লেখার সময় পরামর্শ দেখা যাবে।"),
    "In any language; separate with commas.": ("किसी भी भाषा में; अल्पविराम से अलग करें।",
                                               "যেকোনো ভাষায়; কমা দিয়ে আলাদা করুন।"),
    "Work she has done": ("उसने जो काम किया है", "তিনি যে কাজ করেছেন"),
    "Documents she has": ("उसके पास कौन-से दस्तावेज़ हैं", "তাঁর কাছে কোন কাগজপত্র আছে"),
    "Need for income": ("आमदनी की ज़रूरत", "আয়ের প্রয়োজন"),
    "Preferences": ("पसंद", "পছন্দ"),
    "Prefers women-only places": ("केवल महिलाओं वाली जगह पसंद", "শুধু মহিলাদের জায়গা পছন্দ"),
    "Day shift only": ("केवल दिन की पाली", "শুধু দিনের শিফট"),
    "Needs a place to stay": ("रहने की जगह चाहिए", "থাকার জায়গা দরকার"),
    "Consent": ("सहमति", "সম্মতি"),
    "Consents to share an anonymised summary with employers": (
        "नियोक्ताओं के साथ बिना पहचान वाला सारांश साझा करने की सहमति है",
        "নিয়োগকর্তাদের সঙ্গে পরিচয়হীন সারাংশ শেয়ার করতে সম্মতি আছে"),
    "Consent given by": ("सहमति किसने दी", "সম্মতি কে দিয়েছেন"),
    "Save and see matches": ("सहेजें और मिलान देखें", "সংরক্ষণ করে মিল দেখুন"),
    "Profile {case_ref} saved.": ("प्रोफ़ाइल {case_ref} सहेजी गई।",
                                  "প্রোফাইল {case_ref} সংরক্ষিত হয়েছে।"),
    "Matches": ("मिलान", "মিল"),
    "Matches for {case_ref}": ("{case_ref} के लिए मिलान", "{case_ref}-এর জন্য মিল"),
    "To read aloud": ("पढ़कर सुनाने के लिए", "পড়ে শোনানোর জন্য"),
    "Read aloud": ("पढ़कर सुनाएँ", "পড়ে শোনান"),
    "No course or job fits yet.": ("अभी कोई कोर्स या नौकरी मेल नहीं खाती।",
                                   "এখনও কোনো কোর্স বা কাজ মেলেনি।"),
    "Course": ("कोर्स", "কোর্স"),
    "Job": ("नौकरी", "চাকরি"),
    "Needs a bridge course first": ("पहले ब्रिज कोर्स ज़रूरी", "আগে ব্রিজ কোর্স দরকার"),
    "Score": ("अंक", "স্কোর"),
    "Why": ("क्यों", "কেন"),
    "Pathway": ("रास्ता", "পথ"),
    "Documents": ("दस्तावेज़", "কাগজপত্র"),
    "Bridge course": ("ब्रिज कोर्स", "ব্রিজ কোর্স"),
    "starts {date}": ("{date} से शुरू", "{date} থেকে শুরু"),
    "{count} seats free": ("{count} सीटें खाली", "{count}টি আসন খালি"),
    "Refer: hold a seat in {title}": ("रेफ़र करें: {title} में सीट रखें",
                                      "রেফার করুন: {title}-এ আসন রাখুন"),
    "Refer: apply to {title}": ("रेफ़र करें: {title} के लिए आवेदन", "রেফার করুন: {title}-এ আবেদন"),
    "Near misses": ("लगभग मेल", "প্রায় মিল"),
    "Referrals": ("रेफ़रल", "রেফারাল"),
    "No referrals yet.": ("अभी कोई रेफ़रल नहीं।", "এখনও কোনো রেফারাল নেই।"),
    "held until {date}": ("{date} तक रखी गई", "{date} পর্যন্ত রাখা"),
    "We have not found a course or a job for you yet. We will keep looking.": (
        "हमें अभी आपके लिए कोई कोर्स या नौकरी नहीं मिली। हम खोजते रहेंगे।",
        "আমরা এখনও আপনার জন্য কোনো কোর্স বা কাজ পাইনি। আমরা খুঁজতে থাকব।"),
    "We found {count} options for you. Here are the best ones.": (
        "हमें आपके लिए {count} विकल्प मिले। ये सबसे अच्छे हैं।",
        "আমরা আপনার জন্য {count}টি সুযোগ পেয়েছি। সেরাগুলো এই।"),
    "{title}: a course in {trade}, starting on {start}.": (
        "{title}: {trade} का कोर्स, {start} से शुरू।",
        "{title}: {trade}-এর কোর্স, {start} থেকে শুরু।"),
    "{title}: a job in {trade}, paying {wage} rupees a month.": (
        "{title}: {trade} में नौकरी, {wage} रुपये महीना।",
        "{title}: {trade}-এ চাকরি, মাসে {wage} টাকা।"),
    "First, we will help you get: {documents}.": (
        "पहले, हम ये बनवाने में आपकी मदद करेंगे: {documents}।",
        "প্রথমে আমরা এগুলো পেতে আপনাকে সাহায্য করব: {documents}।"),
    "Before it, a course to read and write: {bridge}.": (
        "उससे पहले, पढ़ना-लिखना सीखने का कोर्स: {bridge}।",
        "তার আগে, পড়তে-লিখতে শেখার কোর্স: {bridge}।"),
    "Not referred: {reason}": ("रेफ़र नहीं हुआ: {reason}", "রেফার করা হয়নি: {reason}"),
    "Referred: a seat is held until {date}. Confirm it with the training centre.": (
        "रेफ़र हुआ: {date} तक सीट रखी गई है। प्रशिक्षण केंद्र से पक्का करें।",
        "রেফার হয়েছে: {date} পর্যন্ত আসন রাখা হয়েছে। প্রশিক্ষণ কেন্দ্রে নিশ্চিত করুন।"),
    "Referred: the application was sent to the employer.": (
        "रेफ़र हुआ: आवेदन नियोक्ता को भेजा गया।", "রেফার হয়েছে: আবেদন নিয়োগকর্তার কাছে পাঠানো হয়েছে।"),
    # ITI liaison
    "My courses": ("मेरे कोर्स", "আমার কোর্স"),
    "My courses and batches": ("मेरे कोर्स और बैच", "আমার কোর্স ও ব্যাচ"),
    "Upload batches": ("बैच अपलोड करें", "ব্যাচ আপলোড করুন"),
    "Upload batches (CSV)": ("बैच अपलोड करें (CSV)", "ব্যাচ আপলোড করুন (CSV)"),
    "Download batches (CSV)": ("बैच डाउनलोड करें (CSV)", "ব্যাচ ডাউনলোড করুন (CSV)"),
    "No courses yet.": ("अभी कोई कोर्स नहीं।", "এখনও কোনো কোর্স নেই।"),
    "Batches of {title}": ("{title} के बैच", "{title}-এর ব্যাচ"),
    "Starts": ("शुरुआत", "শুরু"),
    "Apply by": ("आवेदन की अंतिम तिथि", "আবেদনের শেষ তারিখ"),
    "Seats taken": ("भरी सीटें", "পূর্ণ আসন"),
    "Seats in all": ("कुल सीटें", "মোট আসন"),
    "No batches yet.": ("अभी कोई बैच नहीं।", "এখনও কোনো ব্যাচ নেই।"),
    "Referrals to my batches": ("मेरे बैचों के रेफ़रल", "আমার ব্যাচের রেফারাল"),
    "Confirm enrolment": ("दाख़िला पक्का करें", "ভর্তি নিশ্চিত করুন"),
    "Enrolment confirmed.": ("दाख़िला पक्का हुआ।", "ভর্তি নিশ্চিত হয়েছে।"),
    "A CSV file with one batch per row. The first line names the columns:": (
        "CSV फ़ाइल, हर पंक्ति में एक बैच। पहली पंक्ति में कॉलम के नाम:",
        "CSV ফাইল, প্রতি সারিতে একটি ব্যাচ। প্রথম সারিতে কলামের নাম:"),
    "Dates as YYYY-MM-DD. If any row is wrong, nothing is saved: correct the rows listed and "
    "upload the whole file again.": (
        "तारीख़ YYYY-MM-DD में। कोई भी पंक्ति गलत हो तो कुछ भी नहीं "
        "सहेजा जाता: बताई गई पंक्तियाँ ठीक करके पूरी फ़ाइल फिर अपलोड करें।",
        "তারিখ YYYY-MM-DD আকারে। কোনো সারি ভুল হলে কিছুই সংরক্ষিত হয় না: "
        "দেখানো সারিগুলো ঠিক করে পুরো ফাইল আবার আপলোড করুন।"),
    "Nothing was saved. Correct these rows:": ("कुछ भी नहीं सहेजा गया। ये पंक्तियाँ ठीक करें:",
                                              "কিছুই সংরক্ষিত হয়নি। এই সারিগুলো ঠিক করুন:"),
    "Line": ("पंक्ति", "সারি"),
    "Column": ("कॉलम", "কলাম"),
    "Problem": ("समस्या", "সমস্যা"),
    "CSV file": ("CSV फ़ाइल", "CSV ফাইল"),
    "Upload": ("अपलोड करें", "আপলোড করুন"),
    "{count} batches added.": ("{count} बैच जोड़े गए।", "{count}টি ব্যাচ যোগ হয়েছে।"),
    "Seats not changed: {reason}": ("सीटें नहीं बदलीं: {reason}", "আসন বদলানো হয়নি: {reason}"),
    "Seats saved: {total} in all, {available} free.": (
        "सीटें सहेजी गईं: कुल {total}, {available} खाली।",
        "আসন সংরক্ষিত: মোট {total}, {available}টি খালি।"),
    # CSR partner
    "My openings": ("मेरी नौकरियाँ", "আমার চাকরির পদ"),
    "Post an opening": ("नौकरी डालें", "চাকরির পদ দিন"),
    "Edit opening": ("नौकरी बदलें", "পদ সম্পাদনা"),
    "No openings yet.": ("अभी कोई नौकरी नहीं।", "এখনও কোনো পদ নেই।"),
    "filled": ("भरे", "পূর্ণ"),
    "{count} flags to look at": ("{count} बातें देखनी हैं", "{count}টি বিষয় দেখতে হবে"),
    "Candidates referred": ("रेफ़र किए गए उम्मीदवार", "রেফার করা প্রার্থী"),
    "You see an anonymised summary of survivors who agreed to share it: never a name or a case "
    "number.": (
        "आप केवल उन सर्वाइवरों का बिना पहचान वाला सारांश "
        "देखते हैं जिन्होंने सहमति दी: कभी नाम या केस संख्या नहीं।",
        "আপনি শুধু সম্মতি দেওয়া সারভাইভারদের পরিচয়হীন সারাংশ দেখেন: কখনও নাম বা কেস নম্বর নয়।"),
    "No candidates yet.": ("अभी कोई उम्मीदवार नहीं।", "এখনও কোনো প্রার্থী নেই।"),
    "Languages": ("भाषाएँ", "ভাষা"),
    "Skills": ("कौशल", "দক্ষতা"),
    "Courses completed": ("पूरे किए कोर्स", "সম্পূর্ণ কোর্স"),
    "Interviewed": ("इंटरव्यू हुआ", "সাক্ষাৎকার হয়েছে"),
    "Hired": ("नौकरी मिली", "নিয়োগ হয়েছে"),
    "Not selected": ("चयन नहीं हुआ", "নির্বাচিত হননি"),
    "Choose an outcome.": ("परिणाम चुनें।", "ফলাফল বেছে নিন।"),
    "Outcome recorded: {outcome}.": ("परिणाम दर्ज: {outcome}।", "ফলাফল লেখা হয়েছে: {outcome}।"),
    "Published: counselors can now refer survivors to it.": (
        "प्रकाशित: अब काउंसलर सर्वाइवरों को इसमें रेफ़र कर सकते हैं।",
        "প্রকাশিত: এখন কাউন্সেলররা সারভাইভারদের এখানে রেফার করতে পারেন।"),
    "Survivors do not see this opening until it is published.": (
        "प्रकाशित होने तक सर्वाइवर यह नौकरी नहीं देखते।",
        "প্রকাশিত না হওয়া পর্যন্ত সারভাইভাররা এই পদ দেখেন না।"),
    "Why it waits for review": ("यह समीक्षा के लिए क्यों रुकी है", "কেন এটি পর্যালোচনার অপেক্ষায়"),
    "What to change": ("क्या बदलें", "কী বদলাতে হবে"),
    "Reviewer's note": ("समीक्षक की टिप्पणी", "পর্যালোচকের মন্তব্য"),
    "Trade": ("ट्रेड", "ট্রেড"),
    "Monthly wage (₹)": ("मासिक वेतन (₹)", "মাসিক বেতন (₹)"),
    "Positions": ("पद", "পদসংখ্যা"),
    "Closes on": ("अंतिम तिथि", "শেষ তারিখ"),
    "Close opening": ("नौकरी बंद करें", "পদ বন্ধ করুন"),
    "Opening closed.": ("नौकरी बंद हुई।", "পদ বন্ধ হয়েছে।"),
    "Job title": ("पद का नाम", "পদের নাম"),
    "What the work is": ("काम क्या है", "কাজটি কী"),
    "Reading and schooling needed": ("ज़रूरी पढ़ाई-लिखाई", "প্রয়োজনীয় পড়াশোনা"),
    "Languages spoken at work": ("काम पर बोली जाने वाली भाषाएँ", "কাজে বলা ভাষা"),
    "Where the work is done": ("काम कहाँ होता है", "কাজ কোথায় হয়"),
    "Shift": ("पाली", "শিফট"),
    "Minimum age (18 or more)": ("न्यूनतम उम्र (18 या अधिक)", "ন্যূনতম বয়স (১৮ বা বেশি)"),
    "Women only": ("केवल महिलाएँ", "শুধু মহিলা"),
    "Accommodation provided": ("रहने की सुविधा", "থাকার ব্যবস্থা আছে"),
    "Documents required": ("ज़रूरी दस्तावेज़", "প্রয়োজনীয় কাগজপত্র"),
    "Save opening": ("नौकरी सहेजें", "পদ সংরক্ষণ করুন"),
    "Your organisation is not verified yet. Ask the service's operator to verify it; an admin "
    "reviews this opening meanwhile.": (
        "आपकी संस्था अभी सत्यापित नहीं है। सेवा संचालक से "
        "सत्यापन करवाएँ; तब तक एक एडमिन इस नौकरी की समीक्षा करेगा।",
        "আপনার সংস্থা এখনও যাচাই হয়নি। পরিষেবা পরিচালককে যাচাই করতে বলুন; "
        "ততক্ষণ একজন অ্যাডমিন এই পদ পর্যালোচনা করবেন।"),
    "Remove any fee, deposit or charge to the worker: survivors never pay to get a job.": (
        "कामगार से कोई फ़ीस, जमा राशि या शुल्क हटाएँ: सर्वाइवर नौकरी के लिए कभी पैसे नहीं देते।",
        "কর্মীর কাছ থেকে যেকোনো ফি, জমা বা চার্জ সরান: সারভাইভাররা কাজ পেতে কখনও টাকা দেন না।"),
    "Openings abroad are not taken: offer work in India or Bangladesh.": (
        "विदेश की नौकरियाँ नहीं ली जातीं: भारत या बांग्लादेश में काम दें।",
        "বিদেশের পদ নেওয়া হয় না: ভারত বা বাংলাদেশে কাজ দিন।"),
    "Give the real monthly wage for this trade; a wage far above the going rate is a known lure.": (
        "इस ट्रेड का असली मासिक वेतन लिखें; बाज़ार से बहुत ज़्यादा वेतन एक जाना-पहचाना लालच है।",
        "এই ট্রেডের আসল মাসিক বেতন দিন; বাজারদরের চেয়ে অনেক বেশি বেতন একটি পরিচিত ফাঁদ।"),
    "Pay at least the minimum wage for this trade and place.": (
        "इस ट्रेड और जगह के लिए कम से कम न्यूनतम वेतन दें।",
        "এই ট্রেড ও জায়গার জন্য অন্তত ন্যূনতম মজুরি দিন।"),
    "Describe the work, the place and the hours plainly.": (
        "काम, जगह और समय साफ़-साफ़ बताएँ।", "কাজ, জায়গা ও সময় স্পষ্ট করে লিখুন।"),
    # Admin
    "Review queue": ("समीक्षा सूची", "পর্যালোচনার তালিকা"),
    "Openings waiting for review": (
        "समीक्षा की प्रतीक्षा में नौकरियाँ",
        "পর্যালোচনার অপেক্ষায় পদ"),
    "Nothing waits for review.": ("समीक्षा के लिए कुछ नहीं है।", "পর্যালোচনার জন্য কিছু নেই।"),
    "verified employer": ("सत्यापित नियोक्ता", "যাচাই করা নিয়োগকর্তা"),
    "employer not verified": ("नियोक्ता सत्यापित नहीं", "নিয়োগকর্তা যাচাই হয়নি"),
    "Verify {name}": ("{name} को सत्यापित करें", "{name} যাচাই করুন"),
    "Verify": ("सत्यापित करें", "যাচাই করুন"),
    "{name} is verified.": ("{name} सत्यापित है।", "{name} যাচাই হয়েছে।"),
    "Note (optional)": ("टिप्पणी (वैकल्पिक)", "মন্তব্য (ঐচ্ছিক)"),
    "Publish": ("प्रकाशित करें", "প্রকাশ করুন"),
    "Reject": ("अस्वीकार करें", "বাতিল করুন"),
    "Choose publish or reject.": ("प्रकाशित या अस्वीकार चुनें।", "প্রকাশ বা বাতিল বেছে নিন।"),
    "{title}: {status}.": ("{title}: {status}।", "{title}: {status}।"),
    "Employers": ("नियोक्ता", "নিয়োগকর্তা"),
    "Employer": ("नियोक्ता", "নিয়োগকর্তা"),
    "Verified": ("सत्यापित", "যাচাই করা"),
    "Audit log": ("ऑडिट लॉग", "অডিট লগ"),
    "Profile number": ("प्रोफ़ाइल संख्या", "প্রোফাইল নম্বর"),
    "Filter": ("छाँटें", "ছাঁকুন"),
    "{total} entries": ("{total} प्रविष्टियाँ", "{total}টি এন্ট্রি"),
    "When (UTC)": ("कब (UTC)", "কখন (UTC)"),
    "Who": ("किसने", "কে"),
    "Action": ("कार्य", "কাজ"),
    "What": ("क्या", "কী"),
    "Profile": ("प्रोफ़ाइल", "প্রোফাইল"),
    "Fields": ("खाने", "ঘর"),
    "Detail": ("विवरण", "বিবরণ"),
    "Pages": ("पेज", "পাতা"),
    "Newer": ("नए", "নতুন"),
    "Older": ("पुराने", "পুরনো"),
    "Charts": ("चार्ट", "চার্ট"),
    "No data yet.": ("अभी कोई आँकड़ा नहीं।", "এখনও কোনো তথ্য নেই।"),
    "Referrals by stage": ("चरण के अनुसार रेफ़रल", "ধাপ অনুযায়ী রেফারাল"),
    "Placements by trade": ("ट्रेड के अनुसार नौकरियाँ", "ট্রেড অনুযায়ী নিয়োগ"),
    "Placements by district": ("ज़िले के अनुसार नौकरियाँ", "জেলা অনুযায়ী নিয়োগ"),
    # Cohort allocation: waiting and seats held elsewhere
    "Include survivors who already hold a seat in a batch": (
        "उन सर्वाइवरों को भी शामिल करें जिनकी किसी बैच में पहले से सीट है",
        "যাদের কোনো ব্যাচে আগে থেকেই আসন আছে, সেই সারভাইভারদেরও রাখুন"),
    "Left out: she already holds a seat in": (
        "शामिल नहीं की गई: उसकी पहले से सीट है",
        "বাদ রাখা হয়েছে: তাঁর আগে থেকেই আসন আছে"),
    "Included on purpose: she already holds a seat in": (
        "जान-बूझकर शामिल की गई: उसकी पहले से सीट है",
        "ইচ্ছে করে রাখা হয়েছে: তাঁর আগে থেকেই আসন আছে"),
    "Tick “Include survivors who already hold a seat in a batch” to include her.": (
        "उसे शामिल करने के लिए “उन सर्वाइवरों को भी शामिल करें जिनकी किसी बैच में पहले से सीट "
        "है” पर सही का निशान लगाएँ।",
        "তাঁকে রাখতে “যাদের কোনো ব্যাচে আগে থেকেই আসন আছে, সেই সারভাইভারদেরও রাখুন” "
        "-এ টিক দিন।"),
    "since her registration": ("पंजीकरण से", "নাম লেখানোর পর থেকে"),
    "since her last placement ended": ("पिछली जगह (कोर्स या नौकरी) खत्म होने से",
                                       "শেষ কোর্স বা কাজ শেষ হওয়ার পর থেকে"),
    "since her last referral closed": ("पिछला रेफ़रल बंद होने से",
                                       "শেষ রেফারাল বন্ধ হওয়ার পর থেকে"),
    "withheld": ("छिपाया गया", "লুকানো"),
    ("Counts below {threshold} are withheld, and so are counts that would let them be worked "
     "out from totals: these charts count survivors of organisations other than yours."): (
        "{threshold} से कम की गिनती छिपाई गई है, और वे गिनतियाँ भी जिनसे जोड़-घटाकर उन्हें "
        "निकाला जा सकता है: ये चार्ट दूसरी संस्थाओं के सर्वाइवरों को गिनते हैं।",
        "{threshold}-এর কম সংখ্যা লুকানো হয়েছে, আর সেই সংখ্যাগুলোও যা থেকে যোগ-বিয়োগ করে "
        "সেগুলো বের করা যায়: এই চার্টগুলো অন্য সংস্থার সারভাইভারদের গোনে।"),
    # Codes (vocabulary.LABELS)
    "Cannot read or write": ("पढ़-लिख नहीं सकती", "পড়তে-লিখতে পারেন না"),
    "Reads and writes simple text": ("सरल पाठ पढ़-लिख सकती है", "সহজ লেখা পড়তে-লিখতে পারেন"),
    "Class 5 passed": ("कक्षा 5 पास", "পঞ্চম শ্রেণি পাস"),
    "Class 8 passed": ("कक्षा 8 पास", "অষ্টম শ্রেণি পাস"),
    "Class 10 passed": ("कक्षा 10 पास", "দশম শ্রেণি পাস"),
    "Class 12 passed": ("कक्षा 12 पास", "দ্বাদশ শ্রেণি পাস"),
    "Graduate": ("स्नातक", "স্নাতক"),
    "Woman": ("महिला", "মহিলা"),
    "Man": ("पुरुष", "পুরুষ"),
    "Transgender": ("ट्रांसजेंडर", "ট্রান্সজেন্ডার"),
    "Other": ("अन्य", "অন্যান্য"),
    "In person": ("आमने-सामने", "সরাসরি"),
    "Remote only": ("केवल दूर से (ऑनलाइन)", "শুধু দূর থেকে (অনলাইন)"),
    "In person or remote": ("आमने-सामने या दूर से", "সরাসরি বা দূর থেকে"),
    "No phone": ("फ़ोन नहीं", "ফোন নেই"),
    "Basic phone": ("साधारण फ़ोन", "সাধারণ ফোন"),
    "Smartphone": ("स्मार्टफ़ोन", "স্মার্টফোন"),
    "Computer": ("कंप्यूटर", "কম্পিউটার"),
    "Low": ("कम", "কম"),
    "Medium": ("मध्यम", "মাঝারি"),
    "High: debt or no income now": ("ज़्यादा: कर्ज़ या अभी कोई आमदनी नहीं",
                                    "বেশি: ঋণ বা এখন কোনো আয় নেই"),
    "The survivor": ("सर्वाइवर स्वयं", "সারভাইভার নিজে"),
    "A guardian": ("अभिभावक", "অভিভাবক"),
    "Child Welfare Committee": ("बाल कल्याण समिति", "শিশু কল্যাণ কমিটি"),
    "Aadhaar": ("आधार", "আধার"),
    "Bank account": ("बैंक खाता", "ব্যাংক অ্যাকাউন্ট"),
    "Ration card": ("राशन कार्ड", "রেশন কার্ড"),
    "PAN card": ("पैन कार्ड", "প্যান কার্ড"),
    "School certificate": ("स्कूल प्रमाणपत्र", "স্কুল সার্টিফিকেট"),
    "Caste certificate": ("जाति प्रमाणपत्र", "জাতি শংসাপত্র"),
    "Passport or permit": ("पासपोर्ट या परमिट", "পাসপোর্ট বা পারমিট"),
    "Voter ID": ("मतदाता पहचान पत्र", "ভোটার পরিচয়পত্র"),
    "Bengali": ("बांग्ला", "বাংলা"),
    "Hindi": ("हिन्दी", "হিন্দি"),
    "English": ("अंग्रेज़ी", "ইংরেজি"),
    "Marathi": ("मराठी", "মারাঠি"),
    "Urdu": ("उर्दू", "উর্দু"),
    "Nepali": ("नेपाली", "নেপালি"),
    "Odia": ("ओड़िया", "ওড়িয়া"),
    "Assamese": ("असमिया", "অসমীয়া"),
    "Tamil": ("तमिल", "তামিল"),
    "Telugu": ("तेलुगु", "তেলুগু"),
    "Kannada": ("कन्नड़", "কন্নড়"),
    "Malayalam": ("मलयालम", "মালয়ালম"),
    "Gujarati": ("गुजराती", "গুজরাটি"),
    "Punjabi": ("पंजाबी", "পাঞ্জাবি"),
    "On site": ("कार्यस्थल पर", "কর্মস্থলে"),
    "Hybrid": ("मिश्रित", "মিশ্র"),
    "Day": ("दिन", "দিন"),
    "Night": ("रात", "রাত"),
    "Rotating": ("बदलती पाली", "পালাক্রমে"),
    "Waiting for review": ("समीक्षा की प्रतीक्षा", "পর্যালোচনার অপেক্ষায়"),
    "Published": ("प्रकाशित", "প্রকাশিত"),
    "Rejected": ("अस्वीकृत", "বাতিল"),
    "Closed": ("बंद", "বন্ধ"),
    "Seat held": ("सीट रखी गई", "আসন রাখা হয়েছে"),
    "Applied": ("आवेदन किया", "আবেদন করা হয়েছে"),
    "Withdrawn": ("वापस लिया", "প্রত্যাহার করা হয়েছে"),
    "Hold expired": ("सीट की अवधि खत्म", "আসন রাখার মেয়াদ শেষ"),
    "Enrolled": ("दाख़िला हुआ", "ভর্তি হয়েছেন"),
    "Completed": ("पूरा किया", "সম্পূর্ণ"),
    "Dropped out": ("बीच में छोड़ा", "মাঝপথে ছেড়েছেন"),
    "Interest": ("रुचि", "আগ্রহ"),
    "Experience": ("अनुभव", "অভিজ্ঞতা"),
    "Distance": ("दूरी", "দূরত্ব"),
    "Income": ("आमदनी", "আয়"),
    "Jobs nearby": ("पास में नौकरियाँ", "কাছাকাছি কাজ"),
    "Starts soon": ("जल्दी शुरू", "শীঘ্র শুরু"),
    # Cohort allocation
    "Allocate seats to a cohort": ("एक समूह को सीटें बाँटें", "একটি দলকে আসন বণ্টন করুন"),
    "Choose the survivors and the batches of an intake. Seats go first to the most urgent need "
    "of income, then to those who have waited longest; every placement is explained. Nothing is "
    "held until you apply the proposal.": (
        "दाख़िले के सर्वाइवर और बैच चुनें। सीटें पहले उन्हें मिलती हैं जिन्हें आमदनी की सबसे "
        "ज़्यादा ज़रूरत है, फिर उन्हें जो सबसे लंबे समय से इंतज़ार कर रही हैं; हर सीट का कारण "
        "बताया जाता है। प्रस्ताव लागू करने तक कोई सीट नहीं रखी जाती।",
        "ভর্তির সারভাইভার ও ব্যাচ বেছে নিন। আসন আগে পান যাঁদের আয়ের প্রয়োজন সবচেয়ে জরুরি, "
        "তারপর যাঁরা সবচেয়ে বেশি দিন অপেক্ষা করছেন; প্রতিটি আসনের কারণ বলা হয়। প্রস্তাব প্রয়োগ "
        "না করা পর্যন্ত কোনো আসন রাখা হয় না।"),
    "Batches": ("बैच", "ব্যাচ"),
    "Open batches with seats left that meet every condition you give.": (
        "खुले बैच जिनमें सीटें बची हैं और जो आपकी हर शर्त पूरी करते हैं।",
        "খোলা ব্যাচ যেখানে আসন বাকি আছে এবং যা আপনার প্রতিটি শর্ত পূরণ করে।"),
    "Any trade": ("कोई भी ट्रेड", "যেকোনো ট্রেড"),
    "Districts of the courses": ("कोर्स के ज़िले", "কোর্সের জেলা"),
    "Separate with commas; leave empty for any district.": (
        "कॉमा से अलग करें; किसी भी ज़िले के लिए खाली छोड़ें।",
        "কমা দিয়ে আলাদা করুন; যেকোনো জেলার জন্য খালি রাখুন।"),
    "Starting from": ("इस तारीख़ से शुरू", "এই তারিখ থেকে শুরু"),
    "Starting until": ("इस तारीख़ तक शुरू", "এই তারিখ পর্যন্ত শুরু"),
    "Least score of a choice": ("पसंद के लिए न्यूनतम अंक", "পছন্দের জন্য ন্যূনতম স্কোর"),
    "A batch scoring less for a survivor is not one of her choices. 0: any batch she may join.": (
        "इससे कम अंक वाला बैच सर्वाइवर की पसंद में नहीं गिना जाता। 0: कोई भी बैच जिसमें वह जा "
        "सकती है।",
        "এর চেয়ে কম স্কোরের ব্যাচ সারভাইভারের পছন্দের মধ্যে ধরা হয় না। 0: যেকোনো ব্যাচ যেখানে "
        "তিনি যোগ দিতে পারেন।"),
    "Survivors": ("सर्वाइवर", "সারভাইভার"),
    "Select all": ("सभी चुनें", "সব বেছে নিন"),
    "Select none": ("कोई नहीं चुनें", "কোনোটিই নয়"),
    "Active profiles of your organisation": ("आपकी संस्था की सक्रिय प्रोफ़ाइलें",
                                             "আপনার সংস্থার সক্রিয় প্রোফাইল"),
    "Choose": ("चुनें", "বাছুন"),
    "Income urgency": ("आमदनी की ज़रूरत", "আয়ের প্রয়োজন"),
    "Propose an allocation": ("बँटवारे का प्रस्ताव बनाएँ", "বণ্টনের প্রস্তাব করুন"),
    "Choose survivors from the list.": ("सूची से सर्वाइवर चुनें।", "তালিকা থেকে সারভাইভার বাছুন।"),
    "Name at least one profile.": ("कम से कम एक प्रोफ़ाइल चुनें।",
                                   "অন্তত একটি প্রোফাইল বাছুন।"),
    "No open batch with seats matches them.": (
        "इन शर्तों से सीटों वाला कोई खुला बैच नहीं मिला।",
        "এই শর্তে আসনসহ কোনো খোলা ব্যাচ পাওয়া যায়নি।"),
    "Cohort allocation {number}": ("समूह बँटवारा {number}", "দলগত বণ্টন {number}"),
    "Applied: the seats are held.": ("लागू किया गया: सीटें रखी गई हैं।",
                                     "প্রয়োগ করা হয়েছে: আসনগুলি রাখা হয়েছে।"),
    "Proposed: nothing is held yet.": ("प्रस्तावित: अभी कोई सीट नहीं रखी गई।",
                                       "প্রস্তাবিত: এখনও কোনো আসন রাখা হয়নি।"),
    "Placed": ("सीट मिली", "আসন পেয়েছেন"),
    "Not placed": ("सीट नहीं मिली", "আসন পাননি"),
    "Seats offered": ("उपलब्ध सीटें", "প্রস্তাবিত আসন"),
    "Seats filled": ("भरी गई सीटें", "পূর্ণ আসন"),
    "Urgent need of income: placed": ("आमदनी की तुरंत ज़रूरत वाली: सीट मिली",
                                      "আয়ের জরুরি প্রয়োজন: আসন পেয়েছেন"),
    "{placed} of {count}": ("{count} में से {placed}", "{count} জনের মধ্যে {placed}"),
    "Applying holds a seat for every placed survivor at once. If a seat was taken meanwhile, "
    "nothing is held and you can propose again.": (
        "लागू करने पर सीट पाने वाली हर सर्वाइवर के लिए एक साथ सीट रखी जाती है। अगर इस बीच कोई सीट "
        "भर गई, तो कुछ नहीं रखा जाता और आप दोबारा प्रस्ताव बना सकते हैं।",
        "প্রয়োগ করলে আসন পাওয়া প্রত্যেক সারভাইভারের জন্য একসাথে আসন রাখা হয়। এর মধ্যে কোনো আসন "
        "ভরে গেলে কিছুই রাখা হয় না, আর আপনি আবার প্রস্তাব করতে পারেন।"),
    "Apply: hold these seats": ("लागू करें: ये सीटें रखें", "প্রয়োগ করুন: এই আসনগুলি রাখুন"),
    "Seats": ("सीटें", "আসন"),
    "Filled": ("भरी", "পূর্ণ"),
    "Nobody could be placed.": ("किसी को सीट नहीं मिल सकी।", "কাউকে আসন দেওয়া যায়নি।"),
    "Choice {choice} of {options}": ("{options} में से पसंद {choice}",
                                     "{options}টির মধ্যে পছন্দ {choice}"),
    "waited {days} days": ("{days} दिन से इंतज़ार", "{days} দিন ধরে অপেক্ষা"),
    "Batches she wanted more": ("बैच जो उसे ज़्यादा पसंद थे", "যে ব্যাচগুলি তিনি বেশি চেয়েছিলেন"),
    "Referral of {case_ref}": ("{case_ref} का रेफ़रल", "{case_ref}-এর রেফারাল"),
    "Everyone was placed.": ("सभी को सीट मिल गई।", "সবাই আসন পেয়েছেন।"),
    "Nearest alternative": ("सबसे नज़दीकी विकल्प", "নিকটতম বিকল্প"),
    "No alternative among these batches.": ("इन बैचों में कोई विकल्प नहीं।",
                                            "এই ব্যাচগুলির মধ্যে কোনো বিকল্প নেই।"),
    "Propose another allocation": ("दूसरा बँटवारा प्रस्तावित करें", "আরেকটি বণ্টনের প্রস্তাব করুন"),
    "Nothing was held: {reason}": ("कुछ नहीं रखा गया: {reason}", "কিছুই রাখা হয়নি: {reason}"),
    "Seats held for {count} survivors. Confirm them with the training centres.": (
        "{count} सर्वाइवर के लिए सीटें रखी गईं। प्रशिक्षण केंद्रों से इनकी पुष्टि करें।",
        "{count} জন সারভাইভারের জন্য আসন রাখা হয়েছে। প্রশিক্ষণ কেন্দ্রের সঙ্গে নিশ্চিত করুন।"),
    "No batch she may join is among her choices": (
        "जिन बैचों में वह जा सकती है, उनमें से कोई उसकी पसंद में नहीं",
        "যে ব্যাচগুলিতে তিনি যোগ দিতে পারেন, তার কোনোটি তাঁর পছন্দের মধ্যে নেই"),
    "Survivors of higher priority took the seats she wanted": (
        "जो सीटें वह चाहती थी, वे ज़्यादा प्राथमिकता वाली सर्वाइवर को मिलीं",
        "তিনি যে আসন চেয়েছিলেন, সেগুলি বেশি অগ্রাধিকারের সারভাইভাররা পেয়েছেন"),
    # Government schemes: the match pathway, the profile form and the entitlements page
    "Stipend ₹{amount} a month during the course": (
        "कोर्स के दौरान हर महीने ₹{amount} वज़ीफ़ा", "কোর্স চলাকালীন প্রতি মাসে ₹{amount} বৃত্তি"),
    "Open a zero-balance bank account: {scheme}": (
        "ज़ीरो-बैलेंस बैंक खाता खुलवाएँ: {scheme}",
        "জিরো-ব্যালান্স ব্যাংক অ্যাকাউন্ট খুলুন: {scheme}"),
    "Ask about course support: {scheme}": (
        "कोर्स के लिए सहायता के बारे में पूछें: {scheme}",
        "কোর্সের সহায়তার কথা জিজ্ঞাসা করুন: {scheme}"),
    "Small-business loan of up to ₹{amount}: {scheme}": (
        "छोटे व्यवसाय के लिए ₹{amount} तक का ऋण: {scheme}",
        "ছোট ব্যবসার জন্য ₹{amount} পর্যন্ত ঋণ: {scheme}"),
    "Small-business loan: {scheme}": ("छोटे व्यवसाय के लिए ऋण: {scheme}",
                                      "ছোট ব্যবসার জন্য ঋণ: {scheme}"),
    "Government scheme: {scheme}": ("सरकारी योजना: {scheme}", "সরকারি প্রকল্প: {scheme}"),
    "Next step: {step}": ("अगला कदम: {step}", "পরের ধাপ: {step}"),
    "During the course you will get {amount} rupees a month.": (
        "कोर्स के दौरान आपको हर महीने {amount} रुपये मिलेंगे।",
        "কোর্স চলাকালীন আপনি প্রতি মাসে {amount} টাকা পাবেন।"),
    "We will help you open a free bank account: {scheme}.": (
        "हम आपका मुफ़्त बैंक खाता खुलवाने में मदद करेंगे: {scheme}।",
        "আমরা আপনাকে বিনা খরচে ব্যাংক অ্যাকাউন্ট খুলতে সাহায্য করব: {scheme}।"),
    "We will ask whether {scheme} pays for the course.": (
        "हम पूछेंगे कि क्या {scheme} से कोर्स का ख़र्च मिलता है।",
        "আমরা জিজ্ঞাসা করব {scheme} থেকে কোর্সের খরচ পাওয়া যায় কি না।"),
    "Then a loan of up to {amount} rupees to start your business: {scheme}.": (
        "फिर अपना काम शुरू करने के लिए {amount} रुपये तक का ऋण: {scheme}।",
        "তারপর নিজের ব্যবসা শুরু করতে {amount} টাকা পর্যন্ত ঋণ: {scheme}।"),
    "Then a loan to start your business: {scheme}.": (
        "फिर अपना काम शुरू करने के लिए ऋण: {scheme}।",
        "তারপর নিজের ব্যবসা শুরু করতে ঋণ: {scheme}।"),
    "Nationality and government schemes": ("राष्ट्रीयता और सरकारी योजनाएँ",
                                           "জাতীয়তা ও সরকারি প্রকল্প"),
    "Nationality": ("राष्ट्रीयता", "জাতীয়তা"),
    "India": ("भारत", "ভারত"),
    "Bangladesh": ("बांग्लादेश", "বাংলাদেশ"),
    "Nepal": ("नेपाल", "নেপাল"),
    "Waiting to be repatriated to her country": ("अपने देश वापस भेजे जाने का इंतज़ार",
                                                 "নিজের দেশে ফেরত পাঠানোর অপেক্ষায়"),
    "Only for a survivor who is not an Indian national.": (
        "केवल उस सर्वाइवर के लिए जो भारतीय नागरिक नहीं है।",
        "কেবল সেই সারভাইভারের জন্য যিনি ভারতীয় নাগরিক নন।"),
    "Must be false for an Indian national.": (
        "भारतीय नागरिक के लिए यह नहीं चुना जा सकता।",
        "ভারতীয় নাগরিকের জন্য এটি বেছে নেওয়া যায় না।"),
    "Household below the poverty line (BPL)": ("परिवार गरीबी रेखा से नीचे (बीपीएल)",
                                               "পরিবার দারিদ্র্যসীমার নিচে (বিপিএল)"),
    "Not known": ("पता नहीं", "জানা নেই"),
    "No": ("नहीं", "না"),
    "Choose yes, no or not known.": ("हाँ, नहीं या पता नहीं चुनें।",
                                     "হ্যাঁ, না বা জানা নেই বেছে নিন।"),
    "Schemes she already has": ("योजनाएँ जो उसे पहले से मिली हैं",
                                "যে প্রকল্পগুলি তিনি আগেই পেয়েছেন"),
    "Schemes": ("योजनाएँ", "প্রকল্প"),
    "Government schemes": ("सरकारी योजनाएँ", "সরকারি প্রকল্প"),
    "Government schemes she could claim": ("सरकारी योजनाएँ जिनका वह लाभ ले सकती है",
                                           "যে সরকারি প্রকল্পগুলির সুবিধা তিনি নিতে পারেন"),
    "Government schemes for {case_ref}": ("{case_ref} के लिए सरकारी योजनाएँ",
                                          "{case_ref}-এর জন্য সরকারি প্রকল্প"),
    "Amounts and rules come from a catalogue built partly from news and secondary sources. "
    "Check every fact on the scheme's official portal before telling the survivor.": (
        "राशियाँ और नियम एक सूची से हैं जो कुछ हद तक समाचारों और दूसरे स्रोतों से बनी है। "
        "सर्वाइवर को बताने से पहले हर बात योजना के आधिकारिक पोर्टल पर जाँच लें।",
        "টাকার পরিমাণ ও নিয়মগুলি এমন একটি তালিকা থেকে নেওয়া, যা আংশিকভাবে সংবাদ ও অন্যান্য "
        "সূত্র থেকে তৈরি। সারভাইভারকে জানানোর আগে প্রতিটি তথ্য প্রকল্পের সরকারি পোর্টালে "
        "যাচাই করুন।"),
    "She can claim these now": ("ये अभी मिल सकती हैं", "এগুলি এখনই পাওয়া যায়"),
    "She can claim these once she has the documents": (
        "ये दस्तावेज़ मिलने के बाद मिल सकती हैं", "কাগজপত্র পাওয়ার পরে এগুলি পাওয়া যায়"),
    "She cannot claim these": ("ये नहीं मिल सकतीं", "এগুলি পাওয়া যায় না"),
    "None.": ("कोई नहीं।", "কোনোটি নয়।"),
    "All India": ("पूरे भारत में", "সারা ভারতে"),
    "Amount in the catalogue: ₹{amount}": ("सूची में राशि: ₹{amount}",
                                           "তালিকায় পরিমাণ: ₹{amount}"),
    "Why not": ("क्यों नहीं", "কেন নয়"),
    "Documents she still needs": ("दस्तावेज़ जो अभी चाहिए", "যে কাগজপত্র এখনও লাগবে"),
    "Apply for {scheme}": ("{scheme} के लिए आवेदन करें", "{scheme}-এর জন্য আবেদন করুন"),
    "First obtain: {scheme}": ("पहले यह लें: {scheme}", "আগে এটি নিন: {scheme}"),
}

HINDI: dict[str, str] = {english: hindi for english, (hindi, _bengali) in LABELS.items()}
BENGALI: dict[str, str] = {english: bengali for english, (_hindi, bengali) in LABELS.items()}
