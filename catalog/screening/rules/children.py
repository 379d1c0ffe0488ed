"""Children sought as workers: `minor_targeted`."""
from __future__ import annotations

from ..text import Hit
from .codes import MINOR_TARGETED, flag
from .reading import Reading

_RANGE_WORDS = frozenset({"to", "se", "theke", "thake", "from", "and", "or", "থেকে", "से"})


def minor_targeted(reading: Reading) -> dict | None:
    """Children sought as workers: named so ("school girls", "kishori", "नाबालिग"), by an age
    under 18 or a school class, or said to work too ("बच्चे भी ईंट पाथ सकते हैं"). Children as
    the people served (the classes a tuition teacher teaches, the ages at a creche) are not, nor
    learners offered schooling with no work, nor minors named to be refused."""
    if _schooling_only(reading):
        return None
    named = [hit for hit in reading.live("minor") if not _minded(reading, hit)
             and not _refused(reading, hit) and not _learners(reading, hit)]
    found = (named[:1] or _names_an_age_under_18(reading)
             or _names_school_classes(reading) or _girls_of_a_class(reading)
             or _children_work_too(reading))
    if found:
        return flag(MINOR_TARGETED, reading.quote(*found))
    return None


def _names_an_age_under_18(reading: Reading) -> list[Hit]:
    """Where the text names an age under 18 ("age 15+", "16-17 years", "umar 14 se 20"), with
    the word that makes the number an age; an empty list when it names none."""
    numbers = reading.numbers()
    values = dict(numbers)
    for index, value in numbers:
        if not 10 <= value <= 17:
            continue
        spot = Hit("number", index, index + 1)
        if _years_of_experience(reading, spot) or _refused(reading, spot) or any(
                hit.end == index for hit in reading.hits.get("school_class", ())):
            continue  # "10-15 years of experience"; "Class 12 pass girls, age 18-25"
        if _served(reading, spot) or _learners(reading, spot):
            continue  # "children aged 6-12" at a creche or a tuition centre
        if words := reading.near(spot, "age_word", 3):
            return [spot, words[0]]
        if _from_an_age(reading, index):
            return [Hit("from", index - 1, index), spot]
        context = reading.near(spot, "age_context", 3) + [
            people for people in reading.near(spot, "age_people", 3) if people.end <= index]
        if context and (_in_a_range(reading, index, values) or reading.near(spot, "age_above", 3)):
            return [spot, context[0]]
    return []


def _names_school_classes(reading: Reading) -> list[Hit]:
    """The classes girls are in, as a range without "pass" ("class 8 se 10", "class 7-9"):
    schoolchildren, where "class 10 pass" is an adult's schooling."""
    numbers = reading.numbers()
    values = dict(numbers)
    for index, value in numbers:
        spot = Hit("number", index, index + 1)
        if (1 <= value <= 12 and _in_a_range(reading, index, values, low=1, high=12)
                and (classes := [hit for hit in reading.near(spot, "school_class", 2)
                                 if hit.end <= index])
                and not reading.near(spot, "passed", 4)
                and not _classes_taught(reading, classes[0], spot)
                and not _learners(reading, spot)
                and not (_teaching(reading) and not reading.near(spot, "age_people", 4))):
            return [classes[0], spot]
    return []


# Below this class, a class passed is a child's schooling when said of the girls sought.
LOWEST_ADULT_CLASS = 10
ADULT_AGE = 18


def _girls_of_a_class(reading: Reading) -> list[Hit]:
    """Girls (or boys) sought by a class below the tenth that they have passed, named right
    beside them ("class 8 pass ladkiyan", "कक्षा 8 पास लड़कियां", "ক্লাস ৮ পাস মেয়েরা", "girls
    class 8 pass or less"): children just out of school, where "women 18+, 8th pass" and "class
    10 pass" are an adult's schooling. An adult age named for them undoes it."""
    words = reading.words
    if _an_adult_age(reading):
        return []
    for index, value in reading.numbers():
        spot = Hit("number", index, index + 1)
        classes = [hit for hit in reading.near(spot, "school_class", 2) if hit.end <= index]
        passed = [hit for hit in reading.near(spot, "passed", 2) if hit.start > index]
        if not (0 < value < LOWEST_ADULT_CLASS and classes and passed) or _learners(
                reading, spot) or _served(reading, spot) or _teaching(reading):
            continue
        for people in reading.hits.get("age_people", ()):
            if words[people.start].clause == words[index].clause and (
                    0 <= people.start - passed[0].end <= 1
                    or 0 <= classes[0].start - people.end <= 1):
                return [people, classes[0], spot, passed[0]]
    return []


def _an_adult_age(reading: Reading) -> bool:
    """An age of 18 or more named: "Women 18+", "umar 18 se 30", "18 saal se upar"."""
    return any(value >= ADULT_AGE and (
        reading.near(Hit("number", index, index + 1), "age_word", 3)
        or reading.near(Hit("number", index, index + 1), "age_above", 2))
        for index, value in reading.numbers() if value < 100)


def _schooling_only(reading: Reading) -> bool:
    """What is offered is schooling (open schooling, an exam, admission, school fees paid) and
    no work, paid or not, is named: the ages and classes named are learners'."""
    return bool(reading.live("schooling", warnings=False)) and not any(
        reading.hits.get(concept) for concept in ("work_offered", "care_of"))


# Words before the learners that make them the ones served ("classes for girls", "teach maths
# to girls", "homes of teenage girls"), and the reach from them, or from the learners to a
# "for" or a word of teaching after them ("बालिकाओं के लिए", "মেয়েদের পড়ানো").
_SERVED_BEFORE = frozenset({"for", "to", "with", "of"})
LEARNER_REACH = 7


def _learners(reading: Reading, hit: Hit) -> bool:
    """The girls, or the age, at `hit` are the learners an adult is sought to teach: the
    opening teaches (a word of teaching or learning in the sentence) and seeks adults (women,
    a pass or a degree), and the learners are those the work is for, an English "for", "to" or
    "of" a few words before them, or a "for" or a word of teaching a few words after them, with
    no "wanted" between and no word of work near them. "Girls 14-17 wanted as helpers", "girls
    14-17 for our school's kitchen work" seek the girls themselves."""
    words = reading.words
    sentence = words[hit.start].sentence
    if not (reading.in_sentence(hit, "learning") or reading.in_sentence(hit, "teaching_care")):
        return False
    if not any(reading.hits.get(concept) for concept in ("adult_sought", "female")):
        return False
    wanted = [other for other in reading.hits.get("wanted", ())
              if words[other.start].sentence == sentence]
    before = any(words[i].text in _SERVED_BEFORE and not any(
        i < other.start < hit.start for other in wanted)
        for i in range(max(hit.start - LEARNER_REACH, 0), hit.start)
        if words[i].sentence == sentence)
    after = any(hit.end <= other.start < hit.end + LEARNER_REACH and not any(
        hit.end <= want.start < other.start for want in wanted)
        for concept in ("for", "learning", "teaching_care")
        for other in reading.hits.get(concept, ()) if words[other.start].sentence == sentence)
    work = [other for other in reading.hits.get("work_offered", ())
            if words[other.start].sentence == sentence
            and hit.start - LEARNER_REACH <= other.start < hit.end + LEARNER_REACH]
    return (before or after) and not work and not any(
        hit.end <= want.start < hit.end + 4 for want in wanted)


REFUSAL_REACH = 7


def _refused(reading: Reading, hit: Hit) -> bool:
    """The minor or the age at `hit` is named to be refused: a few words from it, its sentence
    says minors are not hired, or that only adults are."""
    return bool(reading.near(hit, "minor_refused", REFUSAL_REACH))


def _classes_taught(reading: Reading, classes: Hit, spot: Hit) -> bool:
    """The classes are those she teaches, assists in or looks after: a word of teaching right
    before or right after them ("assist class 1-5 teachers", "कक्षा 1-5 को पढ़ाना", "teach
    class 6-8"), or of care a little before them ("look after girls of class 6-10")."""
    sentence = reading.words[spot.start].sentence
    return any(classes.start - 2 <= hit.start and hit.end <= spot.end + 2
               and reading.words[hit.start].sentence == sentence
               for hit in reading.hits.get("teaching_care", ())) or any(
        0 <= classes.start - care.end <= 3 and reading.words[care.start].sentence == sentence
        for care in reading.hits.get("care_of", ()))


def _minded(reading: Reading, hit: Hit) -> bool:
    """A little child named as the one cared for: the care just after it ("बच्ची की देखभाल",
    "বাচ্চার দেখাশোনা") or just before it ("look after a little girl")."""
    if not any(child.start == hit.start and child.end == hit.end
               for child in reading.hits.get("little_child", ())):
        return False
    return any((hit.end <= care.start and care.start - hit.end < 3)
               or (care.end <= hit.start and hit.start - care.end < 3)
               for care in reading.near(hit, "care_of", 3))


def _teaching(reading: Reading) -> bool:
    """The opening is for teaching or minding children: a tuition teacher, a creche, a school."""
    return bool(reading.live("teaching_care", warnings=False))


def _served(reading: Reading, spot: Hit) -> bool:
    """The age at `spot` is of the children served: named with them ("children aged 6-12",
    "6-12 year old students") in an opening for teaching or minding them, and not with the
    girls sought."""
    children = reading.near(spot, "children_served", 6)
    return (bool(children) and _teaching(reading)
            and not reading.near(spot, "age_people", 4)  # "girls aged 14-16 for a creche"
            and not _set_to_work(reading, spot, children))


WORK_REACH = 4


def _set_to_work(reading: Reading, spot: Hit, children: list[Hit]) -> bool:
    """The children named after the age are the ones said to work, a few words on ("School ke
    baad 13-16 saal ke bachche packing ka kaam kar sakte hain"): workers, whatever school is
    named, not the children a school or creche serves."""
    words = reading.words
    return any(spot.start < child.start and 0 <= work.start - child.end <= WORK_REACH
               and words[work.start].sentence == words[child.start].sentence
               for child in children for work in reading.hits.get("child_work", ()))


def _children_work_too(reading: Reading) -> list[Hit]:
    """Children said to work beside the adults, in one sentence: "परिवार के सभी सदस्य, बच्चे भी,
    ईंट पाथ सकते हैं", "chhele-meye sobai kaj korte parbe"."""
    for a, b in reading.pairs(reading.live("children_too"), reading.live("child_work"), 6):
        if b.start >= a.end:
            return [a, b]
    return []


# People sought, before "from" and an age ("girls from 17", "workers from 16"); the words that
# may follow the age ("can apply", "are welcome", "onwards", "years"), not a noun it counts
# ("girls from 12 villages").
_SOUGHT = frozenset({"girls", "boys", "children", "kids", "workers", "helpers", "ladkiyan",
                     "ladke", "meyera", "chhelera", "candidates", "applicants"})
_AFTER_AN_AGE = frozenset({"can", "may", "are", "is", "will", "welcome", "accepted", "onwards",
                           "and", "apply", "years", "year", "yrs", "saal", "plus", "or"})


def _from_an_age(reading: Reading, index: int) -> bool:
    """The number at `index` is an age floor said with "from", the people sought right before
    it ("Girls from 17 can apply", "boys from 14 welcome", "helpers from 15 years")."""
    words = reading.words
    if index < 2 or words[index - 1].text != "from" or words[index - 2].text not in _SOUGHT:
        return False
    after = index + 1
    return (after >= len(words) or words[after].clause != words[index].clause
            or words[after].text in _AFTER_AN_AGE)


def _years_of_experience(reading: Reading, spot: Hit) -> bool:
    """The number at `spot` counts experience: a word of experience a few words from it, in its
    sentence, with no word of age or of the people sought between ("10-15 years of experience";
    not "no experience needed, girls 16+", "অভিজ্ঞতা লাগবে না, বয়স ১৫")."""
    between = [hit for concept in ("age_word", "age_people")
               for hit in reading.hits.get(concept, ())]
    return any(not any(
        min(hit.end, spot.end) <= other.start and other.end <= max(hit.start, spot.start)
        for other in between) for hit in reading.near(spot, "experience", 4))


def _in_a_range(reading: Reading, index: int, values: dict[int, int], low: int = 10,
                high: int = 45) -> bool:
    """The number at `index` begins or ends a range of ages ("16-17", "15 to 20", "14 se 18"),
    or of whatever lies between `low` and `high`."""
    for step in (1, -1):
        other = index + step
        if other in values and low <= values[other] <= high:
            return True
        if (0 <= other < len(reading.words) and reading.words[other].text in _RANGE_WORDS
                and values.get(other + step, 0) and low <= values[other + step] <= high):
            return True
    return False
