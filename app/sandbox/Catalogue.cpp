#include "Catalogue.h"

#include "util/Iso8601.h"
#include "util/LondonTime.h"

#include <algorithm>
#include <cmath>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

namespace Sandbox {

namespace {

constexpr qint64 dayMs = 24LL * 60 * 60 * 1000;
constexpr qint64 minuteMs = 60LL * 1000;
constexpr qint64 windowMs = 14 * dayMs;
const QString activityBase = QStringLiteral("https://openactive.io/activity-list#");

quint64 splitmix(quint64 x)
{
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

// A small deterministic generator: the same seed gives the same catalogue on every machine.
class Rng
{
public:
    explicit Rng(quint64 seed) : m_state(splitmix(seed)) {}
    quint64 next() { return m_state = splitmix(m_state); }
    int range(int lo, int hi) { return lo + int(next() % quint64(hi - lo + 1)); } // inclusive
    double unit() { return double(next() >> 11) / double(1ULL << 53); }
    bool chance(double p) { return unit() < p; }
    template <typename T> const T &pick(const QVector<T> &v) { return v.at(range(0, int(v.size()) - 1)); }

private:
    quint64 m_state;
};

struct BuiltInActivity
{
    const char *label;
    const char *id;
    const char *broader;
};

// Common leisure-centre activities with their real OpenActive Activity List ids (CC BY 4.0).
const BuiltInActivity builtInActivities[] = {
    {"Group Exercise", "984068a7-5b7b-4989-bb33-f96953d8960c", nullptr},
    {"Yoga", "bf1a5e00-cdcf-465d-8c5a-6f57040b7f7e", "984068a7-5b7b-4989-bb33-f96953d8960c"},
    {"Pilates", "3a6b1c08-7aa6-48d4-9690-dca9e0133057", "984068a7-5b7b-4989-bb33-f96953d8960c"},
    {"Indoor Cycling", "5f09c2ca-ceeb-4e0c-871f-e2d0b9971317", "984068a7-5b7b-4989-bb33-f96953d8960c"},
    {"Spinning", "14eff16c-6da8-4f3e-9a85-37a8e7d3062d", "5f09c2ca-ceeb-4e0c-871f-e2d0b9971317"},
    {"Multi Fitness", "261395e5-9e11-4348-8bef-e0fafef0e765", "984068a7-5b7b-4989-bb33-f96953d8960c"},
    {"Circuit Training", "d22d1d7d-8a2f-4e18-88c8-80abcbdded9d", "261395e5-9e11-4348-8bef-e0fafef0e765"},
    {"HIIT", "21b6faae-c7cd-431f-9f2f-7d151e82de33", "261395e5-9e11-4348-8bef-e0fafef0e765"},
    {"Bootcamp", "fe3465a2-3a1e-458e-a48b-fc117350e5a7", "261395e5-9e11-4348-8bef-e0fafef0e765"},
    {"Strength and Conditioning", "99363c95-ed8a-4fac-afd4-c55b138f0eba", "984068a7-5b7b-4989-bb33-f96953d8960c"},
    {"Kettlebells", "fa2d7665-bb7f-4596-a157-e08c975d6073", "984068a7-5b7b-4989-bb33-f96953d8960c"},
    {"Water-Based Classes", "82057527-8288-4faa-bc2e-11aa734f61f1", "984068a7-5b7b-4989-bb33-f96953d8960c"},
    {"Aqua Aerobics", "6e31262b-ce37-4fc7-b3e3-d827ac5e8b42", "82057527-8288-4faa-bc2e-11aa734f61f1"},
    {"Dance Fitness", "d3b5104a-2e31-4cca-a278-ef8e0987a764", "984068a7-5b7b-4989-bb33-f96953d8960c"},
    {"Zumba\u00ae", "78503fa2-ed24-4a80-a224-e2e94581d8a8", "d3b5104a-2e31-4cca-a278-ef8e0987a764"},
    {"Barre", "182b0c14-988d-44eb-aab1-538aaa3caee6", "d3b5104a-2e31-4cca-a278-ef8e0987a764"},
    {"Swimming", "2750229d-b725-4171-9276-376be913957c", nullptr},
    {"Swimming Lessons", "dfaf6bb4-d2fe-4db5-a271-4ceeaaaf55b9", "2750229d-b725-4171-9276-376be913957c"},
    {"Martial Arts", "2330f2d4-d0dc-4231-8dd9-07d37a452228", nullptr},
    {"Tai Chi", "c16df6ed-a4a0-4275-a8c3-1c8cff56856f", "2330f2d4-d0dc-4231-8dd9-07d37a452228"},
    {"Karate", "50e6f8dc-59a8-4899-af75-7ac344a85a06", "2330f2d4-d0dc-4231-8dd9-07d37a452228"},
    {"Boxing", "d4417bb3-383f-489b-b0c7-731b82f3b220", nullptr},
    {"Gymnastics", "f6ccded0-2666-4a51-88a4-ed6905bb4313", nullptr},
    {"Netball", "fbdc35a8-3dd0-40ee-a7ca-6ff40b3e5f90", nullptr},
    {"Basketball", "e09776e6-f1b4-421b-b667-5c5913cf97aa", nullptr},
    {"Table Tennis", "1a05993d-b206-4efe-85da-646fa340bdf4", nullptr},
    {"Gym Workout", "08d9368c-6c6c-44a3-84ef-a42ed00d529a", nullptr},
    {"Running", "72ddb2dc-7d75-424e-880a-d90eabe91381", nullptr},
    {"Badminton", "c0360db0-a817-4bae-9167-40f89b49fc9e", nullptr},
    {"Tennis", "f2ea7405-6098-4378-b0fe-4e398a659fc4", nullptr},
    {"Squash", "b7845b8a-4c0c-4a8f-93d3-d41d62eec889", nullptr},
    {"Football", "0a5f732d-e806-4e51-ad40-0a7de0239c8c", nullptr},
    {"Small Sided Football", "22fe3033-b0e4-4717-8455-599180b5bcba", "0a5f732d-e806-4e51-ad40-0a7de0239c8c"},
    {"5-a-side", "64ba748e-d7f0-46bd-ac49-63820c5eb10e", "22fe3033-b0e4-4717-8455-599180b5bcba"},
};

struct ClassTemplate
{
    const char *activityId;
    QVector<const char *> names;
    const char *description;
    bool highFrequency;
    bool junior;
};

const QVector<ClassTemplate> &classTemplates()
{
    static const QVector<ClassTemplate> templates = {
        {"bf1a5e00-cdcf-465d-8c5a-6f57040b7f7e",
         {"Beginners Yoga", "Vinyasa Flow Yoga", "Hatha Yoga", "Yin Yoga", "Lunchtime Yoga"},
         "A calm, steady class building strength, balance and flexibility. Bring a mat if you have one.",
         false,
         false},
        {"3a6b1c08-7aa6-48d4-9690-dca9e0133057",
         {"Mat Pilates", "Pilates for Beginners", "Intermediate Pilates", "Pilates Stretch"},
         "Core strength and posture through controlled, low-impact movement.",
         false,
         false},
        {"14eff16c-6da8-4f3e-9a85-37a8e7d3062d",
         {"Spin Express", "Spin 45", "Rhythm Ride", "Early Bird Spin"},
         "A high-energy indoor cycling class set to music. Arrive 5 minutes early to set up your bike.",
         false,
         false},
        {"d22d1d7d-8a2f-4e18-88c8-80abcbdded9d",
         {"Circuits", "Family Circuits", "Over 50s Circuits", "Men's Circuits"},
         "Timed stations mixing cardio and strength; every level welcome.",
         false,
         false},
        {"21b6faae-c7cd-431f-9f2f-7d151e82de33",
         {"HIIT 30", "Tabata HIIT", "HIIT Blast"},
         "Short bursts of hard work with short rests. Expect to sweat.",
         false,
         false},
        {"fe3465a2-3a1e-458e-a48b-fc117350e5a7",
         {"Outdoor Bootcamp", "Bootcamp"},
         "Military-style fitness in small groups, in all weathers.",
         false,
         false},
        {"99363c95-ed8a-4fac-afd4-c55b138f0eba",
         {"Strength and Conditioning", "Functional Strength", "Women's Strength"},
         "Coached lifting and conditioning to build all-round strength.",
         false,
         false},
        {"fa2d7665-bb7f-4596-a157-e08c975d6073",
         {"Kettlebells", "Kettlebell Conditioning"},
         "Swing, squat and press your way to stronger legs and core.",
         false,
         false},
        {"6e31262b-ce37-4fc7-b3e3-d827ac5e8b42",
         {"Aqua Aerobics", "Aqua Fit", "Gentle Aqua"},
         "A low-impact workout in the shallow end, kind to joints.",
         false,
         false},
        {"78503fa2-ed24-4a80-a224-e2e94581d8a8",
         {"Zumba", "Zumba Party"},
         "Latin-inspired dance fitness. No experience needed.",
         false,
         false},
        {"182b0c14-988d-44eb-aab1-538aaa3caee6",
         {"Barre Fit", "Barre Sculpt"},
         "Ballet-inspired toning at the barre.",
         false,
         false},
        {"dfaf6bb4-d2fe-4db5-a271-4ceeaaaf55b9",
         {"Junior Swimming Lessons", "Adult Swimming Lessons", "Stroke Improvers"},
         "Small-group lessons with a qualified teacher.",
         false,
         true},
        {"2750229d-b725-4171-9276-376be913957c",
         {"Public Swim", "Lane Swimming", "Family Fun Swim", "Ladies Only Swim", "Members' Swim"},
         "Open pool time with lanes for every speed.",
         true,
         false},
        {"08d9368c-6c6c-44a3-84ef-a42ed00d529a",
         {"Gym Session", "Gym Induction", "Members' Gym Session"},
         "Time in the fitness suite.",
         true,
         false},
        {"c16df6ed-a4a0-4275-a8c3-1c8cff56856f",
         {"Tai Chi", "Tai Chi for Health"},
         "Slow, flowing movement for balance and calm.",
         false,
         false},
        {"50e6f8dc-59a8-4899-af75-7ac344a85a06",
         {"Junior Karate", "Karate Club"},
         "Traditional karate, graded syllabus.",
         false,
         true},
        {"d4417bb3-383f-489b-b0c7-731b82f3b220",
         {"Boxercise", "Boxing Fitness"},
         "Pad work and conditioning, no contact.",
         false,
         false},
        {"f6ccded0-2666-4a51-88a4-ed6905bb4313",
         {"Junior Gymnastics", "Pre-school Gymnastics"},
         "Rolls, jumps and balances on the apparatus.",
         false,
         true},
        {"fbdc35a8-3dd0-40ee-a7ca-6ff40b3e5f90",
         {"Walking Netball", "Back to Netball"},
         "Friendly netball for returners.",
         false,
         false},
        {"e09776e6-f1b4-421b-b667-5c5913cf97aa",
         {"Basketball Drop-in", "Junior Basketball"},
         "Drills and games for all abilities.",
         false,
         true},
        {"1a05993d-b206-4efe-85da-646fa340bdf4", {"Table Tennis Club"}, "Bats and balls provided.", false, false},
        {"72ddb2dc-7d75-424e-880a-d90eabe91381",
         {"Couch to 5K", "Running Club", "Under 30s Running Club"},
         "A friendly group run at a conversational pace.",
         false,
         false},
        {"64ba748e-d7f0-46bd-ac49-63820c5eb10e",
         {"5-a-side League", "Walking Football"},
         "Small-sided football on the 3G pitch.",
         false,
         false},
    };
    return templates;
}

const char *const placeNames[] = {"Headington", "Cowley",         "Summertown",    "Botley",     "Kidlington",
                                  "Abingdon",   "Wheatley",       "Iffley",        "Marston",    "Jericho",
                                  "Littlemore", "Blackbird Leys", "Witney",        "Didcot",     "Bicester",
                                  "Thame",      "Wallingford",    "Woodstock",     "Eynsham",    "Wantage",
                                  "Barton",     "Rose Hill",      "Florence Park", "Kennington", "Radley",
                                  "Cumnor",     "Horspath",       "Garsington",    "Yarnton",    "Begbroke"};
const char *const venueKinds[] = {"Leisure Centre", "Sports Centre", "Community Centre", "Pool", "Fitness Hub"};
const char *const streets[] = {"High Street", "Church Lane",  "London Road",   "Station Road", "Park Avenue",
                               "Mill Lane",   "Banbury Road", "Abingdon Road", "Marsh Lane",   "Oxford Road"};

// "2030-01-16T10:00:00Z" → "203001161000" (compact) or "2030-01-16T10-00-00" (slot ids); no QDateTime on hot paths.
QString stamp(qint64 ms, const char *format)
{
    const QString iso = Iso8601::formatEpochMs(ms);
    if (qstrcmp(format, "yyyyMMddHHmm") == 0)
        return iso.left(4) + iso.mid(5, 2) + iso.mid(8, 2) + iso.mid(11, 2) + iso.mid(14, 2);
    QString slot = iso.left(19);
    slot[13] = QLatin1Char('-');
    slot[16] = QLatin1Char('-');
    return slot; // "yyyy-MM-ddTHH-mm-ss"
}

qint64 parseStamp(const QString &text, const char *format)
{
    QDateTime dt = QDateTime::fromString(text, QLatin1String(format));
    if (!dt.isValid())
        return -1;
    dt.setTimeSpec(Qt::UTC);
    return dt.toMSecsSinceEpoch();
}

int weekdayOfDay(qint64 dayNumber)
{
    return int(((dayNumber % 7) + 7 + 3) % 7); // 1970-01-01 was a Thursday; Monday = 0
}

qint64 floorDiv(qint64 a, qint64 b)
{
    return a >= 0 ? a / b : -((-a + b - 1) / b);
}

// The centre's calendar day (days since 1970-01-01 on the UK wall clock) of a moment.
qint64 localDay(qint64 utcMs)
{
    return floorDiv(LondonTime::toLocalMs(utcMs), dayMs);
}

} // namespace

Catalogue::Catalogue(const CatalogueOptions &options) : m_options(options)
{
    loadActivities();
    generate();
}

void Catalogue::loadActivities()
{
    auto add = [this](const QString &id, const QString &label, const QStringList &broader) {
        if (m_activityById.contains(id))
            return;
        m_activityById.insert(id, int(m_activities.size()));
        m_activities.append(Activity{id, label, broader, {}});
    };
    QFile file(m_options.activityListFile);
    if (!m_options.activityListFile.isEmpty() && file.open(QIODevice::ReadOnly)) {
        const QJsonArray concepts =
            QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("concept")).toArray();
        for (const QJsonValue &v : concepts) {
            const QJsonObject c = v.toObject();
            QStringList broader;
            for (const QJsonValue &b : c.value(QLatin1String("broader")).toArray())
                broader.append(b.toString());
            const QString id = c.value(QLatin1String("id")).toString(c.value(QLatin1String("@id")).toString());
            if (!id.isEmpty())
                add(id, c.value(QLatin1String("prefLabel")).toString(), broader);
        }
    }
    for (const BuiltInActivity &b : builtInActivities) {
        add(activityBase + QLatin1String(b.id), QString::fromUtf8(b.label),
            b.broader ? QStringList{activityBase + QLatin1String(b.broader)} : QStringList());
    }
    for (int i = 0; i < m_activities.size(); ++i) {
        QVector<int> chain{i};
        for (int k = 0; k < chain.size() && k < 16; ++k) {
            for (const QString &parent : std::as_const(m_activities[chain.at(k)].broader)) {
                const int p = m_activityById.value(parent, -1);
                if (p >= 0 && !chain.contains(p))
                    chain.append(p);
            }
        }
        m_activities[i].selfAndAncestors = chain;
    }
    if (m_options.activityListFile.isEmpty())
        return;
    const QDir dir = QFileInfo(m_options.activityListFile).absoluteDir();
    const QStringList files = dir.entryList({QStringLiteral("collection-*.jsonld")}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        ConceptCollection col;
        col.id = o.value(QLatin1String("@id")).toString(o.value(QLatin1String("id")).toString());
        col.prefLabel = o.value(QLatin1String("prefLabel")).toString();
        for (const QJsonValue &m : o.value(QLatin1String("member")).toArray()) {
            const int a = m_activityById.value(m.toString(), -1);
            if (a >= 0)
                col.members.append(a);
        }
        if (!col.id.isEmpty())
            m_collections.append(col);
    }
}

int Catalogue::activityIndex(const QString &idOrUrl) const
{
    return m_activityById.value(idOrUrl, -1);
}

QVector<int> Catalogue::activityIndexesByLabel(const QString &prefLabel) const
{
    QVector<int> out;
    for (int i = 0; i < m_activities.size(); ++i) {
        if (m_activities.at(i).prefLabel == prefLabel)
            out.append(i);
    }
    return out;
}

int Catalogue::collectionIndex(const QString &id) const
{
    for (int i = 0; i < m_collections.size(); ++i) {
        if (m_collections.at(i).id == id)
            return i;
    }
    return -1;
}

void Catalogue::generate()
{
    m_organizers = {
        {QStringLiteral("Oxford Leisure Trust"), QStringLiteral("oxford-leisure"), QStringLiteral("01865 000100"),
         QStringLiteral("hello@oxford-leisure.example")},
        {QStringLiteral("Cherwell Active"), QStringLiteral("cherwell-active"), QStringLiteral("01295 000200"),
         QStringLiteral("bookings@cherwell-active.example")},
        {QStringLiteral("Thames Valley Sport"), QStringLiteral("thames-valley-sport"), QStringLiteral("01235 000300"),
         QStringLiteral("info@thames-valley-sport.example")},
        {QStringLiteral("Isis Community Sport"), QStringLiteral("isis-community"), QStringLiteral("01865 000400"),
         QStringLiteral("team@isis-community.example")},
    };

    Rng rng(m_options.seed);
    const int venueCount = std::clamp(m_options.sessions / 40, 8, 150);
    const int placeCount = int(std::size(placeNames));
    for (int v = 0; v < venueCount; ++v) {
        Venue venue;
        venue.identifier = QString::number(1000 + v);
        const QString place = QLatin1String(placeNames[v % placeCount]);
        const QString kind = QLatin1String(venueKinds[(v / placeCount + v) % int(std::size(venueKinds))]);
        venue.name = v < placeCount
                         ? place + QLatin1Char(' ') + kind
                         : place + QLatin1Char(' ') + kind + QLatin1Char(' ') + QString::number(v / placeCount + 1);
        venue.street = QString::number(rng.range(1, 180)) + QLatin1Char(' ') +
                       QLatin1String(streets[rng.range(0, int(std::size(streets)) - 1)]);
        venue.locality = v % 3 == 0 ? QStringLiteral("Oxford") : place;
        venue.postcode = QStringLiteral("OX%1 %2%3%4")
                             .arg(rng.range(1, 44))
                             .arg(rng.range(1, 9))
                             .arg(QChar('A' + rng.range(0, 25)))
                             .arg(QChar('A' + rng.range(0, 25)));
        venue.telephone = QStringLiteral("01865 %1").arg(rng.range(100000, 999999));
        // Most venues within 12 km of the centre; a few far out, to exercise radius filters.
        const double distance = v % 10 == 9 ? 25.0 + rng.unit() * 20.0 : 0.3 + rng.unit() * 11.7;
        const double bearing = rng.unit() * 2 * M_PI;
        venue.lat = m_options.centerLat + (distance / 111.32) * std::cos(bearing);
        venue.lng = m_options.centerLng +
                    (distance / (111.32 * std::cos(m_options.centerLat * M_PI / 180.0))) * std::sin(bearing);
        venue.organizer = v % int(m_organizers.size());
        m_venues.append(venue);
    }

    // Sessions are grouped into EventSeries of 1 to 3 SessionSeries (one class run at several times/venues).
    const QVector<ClassTemplate> &templates = classTemplates();
    int s = 0;
    while (s < m_options.sessions) {
        const int e = int(m_events.size());
        Rng er(m_options.seed * 1000003ULL + quint64(e));
        const ClassTemplate &t = templates.at(er.range(0, int(templates.size()) - 1));
        EventSeriesDef ev;
        ev.activity = activityIndex(activityBase + QLatin1String(t.activityId));
        ev.kind = e % 97 == 3 ? RecordKind::Golden : (e % 89 == 5 ? RecordKind::Sparse : RecordKind::Normal);
        const QString baseName = QLatin1String(er.pick(t.names));
        ev.name = ev.kind == RecordKind::Golden ? QStringLiteral("GOLDEN: ") + baseName : baseName;
        ev.description = QLatin1String(t.description);
        ev.highFrequency = t.highFrequency;
        // Who may come, in varied proportions: single-sex and members' sessions by name; about one yoga, pilates,
        // HIIT or Zumba class in nine is held online.
        if (baseName.contains(QLatin1String("Men's")))
            ev.gender = EventSeriesDef::Gender::MaleOnly;
        else if (baseName.contains(QLatin1String("Women's")) || baseName.contains(QLatin1String("Ladies")))
            ev.gender = EventSeriesDef::Gender::FemaleOnly;
        ev.membersOnly = baseName.startsWith(QLatin1String("Members'"));
        static const char *const onlineActivities[] = {
            "bf1a5e00-cdcf-465d-8c5a-6f57040b7f7e", "3a6b1c08-7aa6-48d4-9690-dca9e0133057",
            "21b6faae-c7cd-431f-9f2f-7d151e82de33", "78503fa2-ed24-4a80-a224-e2e94581d8a8"};
        const bool canBeOnline = std::any_of(std::begin(onlineActivities), std::end(onlineActivities),
                                             [&](const char *a) { return qstrcmp(a, t.activityId) == 0; });
        if (canBeOnline && ev.kind == RecordKind::Normal && e % 9 == 4) {
            ev.online = true;
            ev.name = baseName + QStringLiteral(" (live online)");
            ev.description = QStringLiteral("Live over video: join from home with the link in your confirmation "
                                            "e-mail. ") +
                             QLatin1String(t.description);
        }
        // Booking windows: most dates open 14 days ahead, some a week, a few only 3 days before.
        const int windowPick = er.range(0, 9);
        ev.bookingWindowMs = (windowPick == 0 ? 3LL : windowPick <= 2 ? 7LL : 14LL) * 24 * 3600 * 1000;
        const bool junior =
            t.junior && (baseName.contains(QLatin1String("Junior")) || baseName.contains(QLatin1String("Pre-school")));
        if (junior) {
            ev.ageMin = baseName.contains(QLatin1String("Pre-school")) ? 2 : 5;
            ev.ageMax = baseName.contains(QLatin1String("Pre-school")) ? 4 : 15;
        } else if (baseName.contains(QLatin1String("Over 50s"))) {
            ev.ageMin = 50;
            ev.ageMax = 120;
        } else if (baseName.contains(QLatin1String("Family"))) {
            ev.ageMin = 5;
            ev.ageMax = 120;
        } else if (baseName.contains(QLatin1String("Under 30s"))) {
            ev.ageMin = 18;
            ev.ageMax = 29;
        } else {
            ev.ageMin = er.chance(0.5) ? 16 : 18;
            ev.ageMax = 120;
        }
        if (ev.kind == RecordKind::Sparse)
            ev.ageMin = ev.ageMax = -1; // a sparse record gives no age range
        ev.level =
            baseName.contains(QLatin1String("Beginner")) || baseName.contains(QLatin1String("Couch"))
                ? 1
                : (baseName.contains(QLatin1String("Intermediate")) || baseName.contains(QLatin1String("Improvers"))
                       ? 2
                       : er.range(0, 3));
        if (ev.kind == RecordKind::Golden && ev.level == 0)
            ev.level = 2; // golden records carry every optional field
        // Price levels: 1 to 4 of Adult, Junior, Concession, Members; about one class in twelve is free.
        const bool free = er.chance(1.0 / 12.0);
        const double adult = free ? 0.0 : double(er.range(8, 24)) * 0.5; // £4.00 to £12.00
        static const qint64 windows[] = {24 * 60 * minuteMs, 12 * 60 * minuteMs, 2 * 60 * minuteMs};
        const qint64 cancelWindow = windows[er.range(0, 2)];
        if (junior) {
            ev.offers.append({OfferKind::Junior, free ? 0.0 : std::max(2.0, adult - 2.0), cancelWindow});
        } else if (ev.membersOnly) {
            // A members' session: included in a full membership, or a members' rate for the others.
            ev.offers.append({OfferKind::Members, 0.0, cancelWindow});
            ev.offers.append({OfferKind::Adult, std::max(2.0, adult - 2.0), cancelWindow});
        } else if (ev.kind == RecordKind::Sparse) {
            ev.offers.append({OfferKind::Adult, adult, cancelWindow});
        } else {
            ev.offers.append({OfferKind::Adult, adult, cancelWindow});
            const int extra = ev.kind == RecordKind::Golden ? 3 : er.range(0, 3);
            if (extra >= 1 && ev.ageMin <= 5)
                ev.offers.append({OfferKind::Junior, free ? 0.0 : std::max(2.0, adult - 2.5), cancelWindow});
            if (extra >= 2)
                ev.offers.append({OfferKind::Concession, free ? 0.0 : std::max(2.0, adult - 1.5), cancelWindow});
            if (extra >= 3 || ev.kind == RecordKind::Golden)
                ev.offers.append({OfferKind::Members, 0.0, cancelWindow});
        }
        for (const OfferDef &o : std::as_const(ev.offers)) {
            if (o.kind == OfferKind::Adult)
                ev.adultPrice = o.price;
            if (o.kind == OfferKind::Junior)
                ev.juniorPrice = o.price;
        }
        const int count = std::min(er.range(1, 3), m_options.sessions - s);
        const int homeVenue = er.range(0, venueCount - 1);
        ev.organizer = m_venues.at(homeVenue).organizer;
        for (int k = 0; k < count; ++k, ++s) {
            SessionSeriesDef ss;
            ss.event = e;
            // Sister sessions run at venues of the same organiser.
            int venue = homeVenue;
            if (k > 0) {
                venue = (homeVenue + int(m_organizers.size()) * er.range(0, 3)) % venueCount;
                if (m_venues.at(venue).organizer != ev.organizer)
                    venue = homeVenue;
            }
            ss.venue = venue;
            const int perWeek = ev.highFrequency ? er.range(4, 7) : er.range(1, 3);
            while (qPopulationCount(ss.weekdays) < perWeek)
                ss.weekdays |= quint8(1u << er.range(0, 6));
            ss.startMinute = quint16(er.range(6 * 4, 21 * 4) * 15);
            static const quint16 durations[] = {30, 45, 45, 60, 60, 60, 90};
            ss.durationMinutes = durations[er.range(0, 6)];
            ss.capacity = quint16(ev.highFrequency ? er.range(30, 60) : er.range(8, 30));
            // A sister series at another venue charges differently (£0.50 to £2.00 more), as real providers do.
            if (k > 0 && venue != homeVenue)
                ss.priceDelta = double(er.range(1, 4)) * 0.5;
            ev.sessions.append(int(m_sessions.size()));
            m_sessions.append(ss);
        }
        m_events.append(ev);
    }

    m_eventFilters.reserve(m_events.size());
    m_eventFirstSession.reserve(m_events.size() + 1);
    for (const EventSeriesDef &ev : std::as_const(m_events)) {
        m_eventFilters.append({qint32(ev.activity), qint16(ev.ageMin < 0 ? 0 : ev.ageMin),
                               qint16(ev.ageMax < 0 ? 120 : ev.ageMax), ev.highFrequency, ev.online});
        m_eventFirstSession.append(ev.sessions.constFirst()); // generated contiguously
    }
    m_eventFirstSession.append(int(m_sessions.size()));
    for (int e = 0; e < m_events.size(); ++e) {
        if (m_events.at(e).adultPrice >= 0)
            m_eventsByAdultPrice.append(e);
        else
            m_eventsWithoutPrice.append(e);
    }
    std::stable_sort(m_eventsByAdultPrice.begin(), m_eventsByAdultPrice.end(),
                     [this](int a, int b) { return m_events.at(a).adultPrice < m_events.at(b).adultPrice; });

    // Facilities: courts and pitches at most venues.
    struct FacilityKind
    {
        const char *activity;
        const char *name;
        int courtsMin, courtsMax;
        double price;
        int slotMinutes;
        int openMinute, closeMinute;
    };
    static const FacilityKind kinds[] = {
        {"c0360db0-a817-4bae-9167-40f89b49fc9e", "Badminton Court", 2, 6, 9.0, 60, 7 * 60, 22 * 60},
        {"b7845b8a-4c0c-4a8f-93d3-d41d62eec889", "Squash Court", 1, 3, 8.0, 40, 7 * 60, 22 * 60},
        {"f2ea7405-6098-4378-b0fe-4e398a659fc4", "Tennis Court", 1, 4, 10.0, 60, 8 * 60, 21 * 60},
        {"64ba748e-d7f0-46bd-ac49-63820c5eb10e", "5-a-side Pitch", 1, 2, 45.0, 60, 9 * 60, 22 * 60},
    };
    for (int v = 0; v < venueCount; ++v) {
        Rng fr(m_options.seed * 7919ULL + quint64(v));
        for (const FacilityKind &k : kinds) {
            if (!fr.chance(0.55))
                continue;
            FacilityUseDef f;
            f.venue = v;
            f.activity = activityIndex(activityBase + QLatin1String(k.activity));
            f.name = QLatin1String(k.name);
            f.courts = fr.range(k.courtsMin, k.courtsMax);
            f.adultPrice = k.price;
            f.juniorPrice = fr.chance(0.5) ? k.price / 2 : -1;
            f.slotMinutes = k.slotMinutes;
            // Some badminton halls sell half hours.
            if (k.slotMinutes == 60 && f.name.startsWith(QLatin1String("Badminton")) && fr.chance(0.3))
                f.slotMinutes = 30;
            f.openMinute = k.openMinute;
            f.closeMinute = k.closeMinute;
            f.peakFactor = fr.chance(0.5) ? 1.5 : 1.25;
            // About half the facilities with more than one court name each court (drawn apart from `fr`, so the
            // rest of the catalogue is as it was for a seed).
            f.namedCourts = f.courts > 1 && splitmix(m_options.seed * 4099ULL + quint64(m_facilities.size())) % 2 == 0;
            m_facilities.append(f);
        }
    }
}

QString Catalogue::compactStamp(qint64 ms)
{
    return stamp(ms, "yyyyMMddHHmm");
}

QString Catalogue::offerName(OfferKind kind)
{
    switch (kind) {
    case OfferKind::Adult:
        return QStringLiteral("Adult");
    case OfferKind::Junior:
        return QStringLiteral("Junior");
    case OfferKind::Concession:
        return QStringLiteral("Concession");
    case OfferKind::Members:
        return QStringLiteral("Members");
    }
    return {};
}

double Catalogue::offerPrice(int session, const OfferDef &offer) const
{
    if (offer.price <= 0.0)
        return 0.0; // free stays free, and members' included places stay included
    return offer.price + m_sessions.at(session).priceDelta;
}

double Catalogue::distanceKm(double lat1, double lng1, double lat2, double lng2)
{
    const double r = 6371.0;
    const double dLat = (lat2 - lat1) * M_PI / 180.0;
    const double dLng = (lng2 - lng1) * M_PI / 180.0;
    const double a = std::sin(dLat / 2) * std::sin(dLat / 2) + std::cos(lat1 * M_PI / 180.0) *
                                                                   std::cos(lat2 * M_PI / 180.0) * std::sin(dLng / 2) *
                                                                   std::sin(dLng / 2);
    return 2 * r * std::asin(std::min(1.0, std::sqrt(a)));
}

QVector<qint64> Catalogue::occurrences(int session, qint64 fromMs, qint64 toMs) const
{
    QVector<qint64> out;
    if (session < 0 || session >= m_sessions.size() || toMs < fromMs)
        return out;
    const SessionSeriesDef &ss = m_sessions.at(session);
    // The timetable is the centre's wall clock: a 07:00 class is at 07:00 in winter and in summer.
    const qint64 offset = qint64(ss.startMinute) * minuteMs;
    const qint64 lastDay = localDay(toMs);
    for (qint64 day = localDay(fromMs) - 1; day <= lastDay; ++day) {
        if (!(ss.weekdays & (1u << weekdayOfDay(day))))
            continue;
        const qint64 start = LondonTime::fromLocalMs(day * dayMs + offset);
        if (start >= fromMs && start <= toMs)
            out.append(start);
    }
    return out;
}

QVector<qint64> Catalogue::slots(int facilityUse, qint64 fromMs, qint64 toMs) const
{
    QVector<qint64> out;
    if (facilityUse < 0 || facilityUse >= m_facilities.size())
        return out;
    // Slots of the facility's length from opening, the last ending by closing time, every day.
    const FacilityUseDef &f = m_facilities.at(facilityUse);
    const qint64 lastDay = localDay(toMs);
    for (qint64 day = localDay(fromMs); day <= lastDay; ++day) {
        for (int minute = f.openMinute; minute + f.slotMinutes <= f.closeMinute; minute += f.slotMinutes) {
            const qint64 start = LondonTime::fromLocalMs(day * dayMs + qint64(minute) * minuteMs);
            if (start >= fromMs && start <= toMs)
                out.append(start);
        }
    }
    return out;
}

int Catalogue::baseRemainingFor(quint64 key, int capacity) const
{
    const quint64 h = splitmix(key ^ (m_options.seed * 0x100000001B3ULL));
    const int roll = int(h % 100);
    if (roll < 8)
        return 0; // full
    if (roll < 18)
        return 1; // nearly full
    if (roll < 24)
        return std::min(2, capacity);
    return std::min(capacity, 3 + int((h >> 8) % quint64(std::max(1, capacity - 2))));
}

std::optional<Opportunity> Catalogue::occurrence(int session, qint64 startMs) const
{
    if (session < 0 || session >= m_sessions.size())
        return std::nullopt;
    const SessionSeriesDef &ss = m_sessions.at(session);
    const qint64 day = localDay(startMs);
    if (LondonTime::fromLocalMs(day * dayMs + qint64(ss.startMinute) * minuteMs) != startMs ||
        !(ss.weekdays & (1u << weekdayOfDay(day))))
        return std::nullopt; // not on this series' timetable (nor the repeat of an hour the clocks went back)
    Opportunity o;
    o.type = Opportunity::ScheduledSession;
    o.owner = session;
    o.startMs = startMs;
    o.endMs = startMs + qint64(ss.durationMinutes) * minuteMs;
    o.capacity = ss.capacity;
    o.baseRemaining = baseRemainingFor(quint64(session) * 1000003ULL + quint64(startMs / minuteMs), ss.capacity);
    o.identifier = occurrenceIdentifier(session, startMs);
    return o;
}

std::optional<Opportunity> Catalogue::slot(int facility, qint64 startMs, int court) const
{
    if (facility < 0 || facility >= m_facilities.size())
        return std::nullopt;
    const FacilityUseDef &f = m_facilities.at(facility);
    if (court != 0 && (!f.namedCourts || court < 1 || court > f.courts))
        return std::nullopt;
    const QVector<qint64> at = slots(facility, startMs, startMs);
    if (at.isEmpty())
        return std::nullopt;
    Opportunity o;
    o.type = Opportunity::Slot;
    o.owner = facility;
    o.startMs = startMs;
    o.endMs = startMs + qint64(f.slotMinutes) * minuteMs;
    o.capacity = f.courts;
    const quint64 h = splitmix(quint64(facility) * 7777ULL + quint64(startMs / minuteMs) + m_options.seed);
    o.baseRemaining = isFullEvening(facility, startMs) || int(h % 5) == 0
                          ? 0
                          : std::max(0, f.courts - int((h >> 8) % quint64(f.courts + 1)));
    o.identifier = slotIdentifier(facility, startMs);
    if (court != 0) {
        // The courts booked before the sandbox started are the lowest numbered.
        o.court = court;
        o.capacity = 1;
        o.baseRemaining = court > f.courts - o.baseRemaining ? 1 : 0;
        o.identifier = slotIdentifier(facility, startMs, court);
    }
    return o;
}

QVector<Opportunity> Catalogue::courtSlots(int facility, qint64 startMs) const
{
    QVector<Opportunity> out;
    if (facility < 0 || facility >= m_facilities.size() || !m_facilities.at(facility).namedCourts)
        return out;
    for (int c = 1; c <= m_facilities.at(facility).courts; ++c) {
        if (const auto o = slot(facility, startMs, c))
            out.append(*o);
    }
    return out;
}

QString FacilityUseDef::courtName(int court) const
{
    return (name.contains(QLatin1String("Pitch")) ? QStringLiteral("Pitch %1") : QStringLiteral("Court %1")).arg(court);
}

bool Catalogue::isPeak(qint64 startMs)
{
    const qint64 local = LondonTime::toLocalMs(startMs);
    const qint64 day = floorDiv(local, dayMs);
    const qint64 minute = (local - day * dayMs) / minuteMs;
    return weekdayOfDay(day) >= 5 || minute >= 17 * 60;
}

bool Catalogue::isFullEvening(int facility, qint64 startMs) const
{
    const qint64 local = LondonTime::toLocalMs(startMs);
    const qint64 day = floorDiv(local, dayMs);
    const qint64 minute = (local - day * dayMs) / minuteMs;
    // About one evening in four per facility, always the same ones for a seed.
    return minute >= 18 * 60 &&
           splitmix(quint64(facility) * 104729ULL + quint64(day) + m_options.seed * 31ULL) % 4 == 0;
}

QString Catalogue::providerBase(int organizer) const
{
    return QStringLiteral("https://openactive.") + m_organizers.at(organizer).slug + QStringLiteral(".example");
}

QString Catalogue::eventIdentifier(int event) const
{
    return m_organizers.at(m_events.at(event).organizer).slug + QStringLiteral("-EventSeries-") +
           QString::number(event);
}

QString Catalogue::sessionIdentifier(int session) const
{
    const int org = m_events.at(m_sessions.at(session).event).organizer;
    return providerBase(org) + QStringLiteral("/api/session-series/") + QString::number(session);
}

QString Catalogue::occurrenceIdentifier(int session, qint64 startMs) const
{
    const int org = m_events.at(m_sessions.at(session).event).organizer;
    return providerBase(org) + QStringLiteral("/api/scheduled-sessions/") + QString::number(session) +
           QLatin1Char('-') + stamp(startMs, "yyyyMMddHHmm");
}

QString Catalogue::offerId(int session, OfferKind kind) const
{
    const int org = m_events.at(m_sessions.at(session).event).organizer;
    return providerBase(org) + QStringLiteral("/api/offers/") + QString::number(session) + QLatin1Char('-') +
           offerName(kind).toLower();
}

QString Catalogue::facilityUseIdentifier(int facility) const
{
    const int org = m_venues.at(m_facilities.at(facility).venue).organizer;
    return m_organizers.at(org).slug + QStringLiteral("-FacilityUse-") + QString::number(facility);
}

QString Catalogue::slotIdentifier(int facility, qint64 startMs, int court) const
{
    const int org = m_venues.at(m_facilities.at(facility).venue).organizer;
    QString id = providerBase(org) + QStringLiteral("/api/slots/") + QString::number(facility) + QLatin1Char('-') +
                 stamp(startMs, "yyyyMMddHHmm");
    if (court != 0)
        id += QStringLiteral("-court-") + QString::number(court);
    return id;
}

QString Catalogue::slotSearchKey(int facility, qint64 startMs, int court) const
{
    const int org = m_venues.at(m_facilities.at(facility).venue).organizer;
    QString key = m_organizers.at(org).slug + QStringLiteral("-Slot-") + QString::number(facility) + QLatin1Char('-') +
                  stamp(startMs, "yyyy-MM-ddTHH-mm-ss");
    if (court != 0)
        key += QStringLiteral("-court-") + QString::number(court);
    return key;
}

QString Catalogue::individualFacilityUseIdentifier(int facility, int court) const
{
    return facilityUseIdentifier(facility) + QStringLiteral("-court-") + QString::number(court);
}

int Catalogue::eventByIdentifier(const QString &identifier) const
{
    static const QRegularExpression re(QStringLiteral(R"(^([a-z-]+)-EventSeries-(\d+)$)"));
    const QRegularExpressionMatch m = re.match(identifier);
    if (!m.hasMatch())
        return -1;
    bool ok = false;
    const int e = m.captured(2).toInt(&ok);
    if (!ok || e < 0 || e >= m_events.size() || eventIdentifier(e) != identifier)
        return -1;
    return e;
}

int Catalogue::facilityByIdentifier(const QString &identifier) const
{
    static const QRegularExpression re(QStringLiteral(R"(^([a-z-]+)-FacilityUse-(\d+)$)"));
    const QRegularExpressionMatch m = re.match(identifier);
    if (!m.hasMatch())
        return -1;
    bool ok = false;
    const int f = m.captured(2).toInt(&ok);
    if (!ok || f < 0 || f >= m_facilities.size() || facilityUseIdentifier(f) != identifier)
        return -1;
    return f;
}

std::optional<Opportunity> Catalogue::slotBySearchKey(const QString &key) const
{
    static const QRegularExpression re(
        QStringLiteral(R"(^[a-z-]+-Slot-(\d+)-(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2})(?:-court-(\d{1,3}))?$)"));
    const QRegularExpressionMatch m = re.match(key);
    if (!m.hasMatch())
        return std::nullopt;
    const int f = m.captured(1).toInt();
    const int court = m.captured(3).toInt();
    const qint64 start = parseStamp(m.captured(2), "yyyy-MM-ddTHH-mm-ss");
    if (f < 0 || f >= m_facilities.size() || start < 0 || slotSearchKey(f, start, court) != key)
        return std::nullopt;
    // A facility with named courts is booked by court: its summary slot is not an opportunity of its own.
    if (court == 0 && m_facilities.at(f).namedCourts)
        return std::nullopt;
    return slot(f, start, court);
}

std::optional<Opportunity> Catalogue::findOpportunity(const QString &identifierOrId) const
{
    static const QRegularExpression session(QStringLiteral(R"(/api/scheduled-sessions/(\d+)-(\d{12})$)"));
    static const QRegularExpression slotRe(QStringLiteral(R"(/api/slots/(\d+)-(\d{12})(?:-court-(\d{1,3}))?$)"));
    static const QRegularExpression searchSession(QStringLiteral(R"(/events-api/v2/scheduled-sessions/([^/?#]+)$)"));
    static const QRegularExpression searchSlot(QStringLiteral(R"(/facilities-api/v2/slots/([^/?#]+)$)"));
    QRegularExpressionMatch m = searchSession.match(identifierOrId);
    if (m.hasMatch()) {
        const QString inner = QUrl::fromPercentEncoding(m.captured(1).toUtf8());
        if (inner == identifierOrId)
            return std::nullopt;
        return findOpportunity(inner);
    }
    m = searchSlot.match(identifierOrId);
    if (m.hasMatch())
        return slotBySearchKey(QUrl::fromPercentEncoding(m.captured(1).toUtf8()));
    m = session.match(identifierOrId);
    if (m.hasMatch()) {
        const int s = m.captured(1).toInt();
        const qint64 start = parseStamp(m.captured(2), "yyyyMMddHHmm");
        if (s < 0 || s >= m_sessions.size() || start < 0 || occurrenceIdentifier(s, start) != identifierOrId)
            return std::nullopt;
        return occurrence(s, start);
    }
    m = slotRe.match(identifierOrId);
    if (m.hasMatch()) {
        const int f = m.captured(1).toInt();
        const int court = m.captured(3).toInt();
        const qint64 start = parseStamp(m.captured(2), "yyyyMMddHHmm");
        if (f < 0 || f >= m_facilities.size() || start < 0 || slotIdentifier(f, start, court) != identifierOrId)
            return std::nullopt;
        if (court == 0 && m_facilities.at(f).namedCourts)
            return std::nullopt;
        return slot(f, start, court);
    }
    return std::nullopt;
}

void Catalogue::refreshIndexes(qint64 nowMs)
{
    const qint64 day = localDay(nowMs);
    if (std::atomic_load(&m_timeline)->day == day)
        return;
    auto timeline = std::make_shared<Timeline>();
    timeline->day = day;
    timeline->fromMs = LondonTime::fromLocalMs(day * dayMs);
    const qint64 to = timeline->fromMs + windowMs + dayMs;
    timeline->refs.reserve(m_sessions.size() * 5);
    for (int s = 0; s < m_sessions.size(); ++s) {
        const QVector<qint64> starts = occurrences(s, timeline->fromMs, to);
        for (qint64 start : starts)
            timeline->refs.append({qint32((start - timeline->fromMs) / minuteMs), s});
    }
    std::sort(timeline->refs.begin(), timeline->refs.end(), [](const Timeline::Ref &a, const Timeline::Ref &b) {
        return a.minute != b.minute ? a.minute < b.minute : a.session < b.session;
    });
    std::atomic_store(&m_timeline, std::shared_ptr<const Timeline>(std::move(timeline)));
}

SearchResult Catalogue::search(const SearchQuery &q, qint64 nowMs) const
{
    SearchResult result;
    const qint64 from = std::max(q.fromMs, nowMs);
    const qint64 to = q.toMs;
    if (to < from)
        return result;

    QVector<double> venueDistance(m_venues.size());
    QVector<char> venueOk(m_venues.size());
    for (int v = 0; v < m_venues.size(); ++v) {
        venueDistance[v] = distanceKm(q.lat, q.lng, m_venues.at(v).lat, m_venues.at(v).lng);
        venueOk[v] = venueDistance[v] <= q.radiusKm;
    }
    const bool discovery = q.mode != SearchQuery::Mode::UpcomingSessions;
    const int eventCount = int(m_events.size());
    QVector<char> eventOk(eventCount);
    for (int e = 0; e < eventCount; ++e) {
        const EventFilter &ev = m_eventFilters.at(e);
        bool ok = true;
        if (discovery || q.highFrequency == SearchQuery::HighFrequency::Exclude)
            ok = !ev.highFrequency; // discovery modes never return HighFrequencySessions
        else if (q.highFrequency == SearchQuery::HighFrequency::Only)
            ok = ev.highFrequency;
        if (ok && q.attendance == SearchQuery::Attendance::VirtualOnly)
            ok = ev.online;
        else if (ok && q.attendance == SearchQuery::Attendance::InPersonOnly)
            ok = !ev.online;
        if (ok && !q.activityAllowed.isEmpty())
            ok = ev.activity >= 0 && q.activityAllowed.at(ev.activity);
        if (ok && q.ageMinGte >= 0 && ev.ageMin < q.ageMinGte)
            ok = false;
        if (ok && q.ageMaxLte >= 0 && ev.ageMax > q.ageMaxLte)
            ok = false;
        if (ok && q.includeMin >= 0 && (ev.ageMin > q.includeMin || ev.ageMax < std::max(q.includeMin, q.includeMax)))
            ok = false;
        eventOk[e] = ok;
    }
    const int sessionCount = int(m_sessions.size());
    QVector<char> sessionOk(sessionCount);
    for (int s = 0; s < sessionCount; ++s) {
        const SessionSeriesDef &ss = m_sessions.at(s);
        // An online class is joined from anywhere: with isVirtual=true its venue's distance does not count.
        const bool anywhere = q.attendance == SearchQuery::Attendance::VirtualOnly;
        sessionOk[s] = (anywhere || venueOk.at(ss.venue)) && eventOk.at(ss.event) &&
                       (q.timeFromMinute < 0 || ss.startMinute >= q.timeFromMinute) &&
                       (q.timeToMinute < 0 || ss.startMinute <= q.timeToMinute);
    }

    const int skip = (q.page - 1) * q.limit;
    if (q.mode == SearchQuery::Mode::UpcomingSessions) {
        const std::shared_ptr<const Timeline> timeline = std::atomic_load(&m_timeline);
        const qint64 firstMinute = (from - timeline->fromMs + minuteMs - 1) / minuteMs;
        const qint64 lastMinute = floorDiv(to - timeline->fromMs, minuteMs);
        auto it = std::lower_bound(timeline->refs.begin(), timeline->refs.end(), firstMinute,
                                   [](const Timeline::Ref &r, qint64 m) { return r.minute < m; });
        for (; it != timeline->refs.end() && it->minute <= lastMinute; ++it) {
            if (!sessionOk.at(it->session))
                continue;
            if (result.totalItems >= skip && result.hits.size() < q.limit) {
                SearchHit hit;
                hit.event = m_sessions.at(it->session).event;
                hit.sessions = {it->session};
                hit.occurrenceSession = it->session;
                hit.occurrenceStart = timeline->fromMs + qint64(it->minute) * minuteMs;
                result.hits.append(hit);
            }
            ++result.totalItems;
        }
        return result;
    }

    // One-to-many modes: an EventSeries matches when one of its sessions matches and has an occurrence in range.
    // A window of at least a week holds an occurrence of every weekly timetable, so that check is only needed
    // for narrower windows.
    const bool everySessionOccurs = to - from >= 7 * dayMs;
    auto sessionMatches = [&](int s) {
        return sessionOk.at(s) && (everySessionOccurs || !occurrences(s, from, to).isEmpty());
    };
    auto matchingSessions = [&](int e) {
        QVector<int> out;
        for (int s = m_eventFirstSession.at(e); s < m_eventFirstSession.at(e + 1); ++s) {
            if (sessionMatches(s))
                out.append(s);
        }
        return out;
    };
    auto anyMatching = [&](int e) {
        for (int s = m_eventFirstSession.at(e); s < m_eventFirstSession.at(e + 1); ++s) {
            if (sessionMatches(s))
                return true;
        }
        return false;
    };
    auto take = [&](int e) {
        if (result.totalItems >= skip && result.hits.size() < q.limit)
            result.hits.append(SearchHit{e, matchingSessions(e), -1, 0});
        ++result.totalItems;
    };
    if (q.mode == SearchQuery::Mode::DiscoveryGeo) {
        struct Ranked
        {
            double distance;
            int event;
        };
        QVector<Ranked> ranked;
        ranked.reserve(eventCount);
        for (int e = 0; e < eventCount; ++e) {
            if (!eventOk.at(e))
                continue;
            double best = -1;
            for (int s = m_eventFirstSession.at(e); s < m_eventFirstSession.at(e + 1); ++s) {
                if (!sessionOk.at(s))
                    continue;
                const double d = venueDistance.at(m_sessions.at(s).venue);
                if (best < 0 || d < best)
                    best = d;
            }
            if (best >= 0)
                ranked.append({best, e});
        }
        auto less = [](const Ranked &a, const Ranked &b) {
            return a.distance != b.distance ? a.distance < b.distance : a.event < b.event;
        };
        if (everySessionOccurs) {
            // Only the events up to the requested page need to be in order; the rest only need counting.
            const qsizetype wanted = std::min<qsizetype>(ranked.size(), qsizetype(skip) + q.limit);
            std::partial_sort(ranked.begin(), ranked.begin() + wanted, ranked.end(), less);
            result.totalItems = int(ranked.size());
            for (qsizetype i = skip; i < wanted; ++i)
                result.hits.append(SearchHit{ranked.at(i).event, matchingSessions(ranked.at(i).event), -1, 0});
            return result;
        }
        std::sort(ranked.begin(), ranked.end(), less);
        for (const Ranked &r : std::as_const(ranked)) {
            if (anyMatching(r.event))
                take(r.event);
        }
        return result;
    }
    auto consider = [&](int e) {
        if (eventOk.at(e) && anyMatching(e))
            take(e);
    };
    if (q.mode == SearchQuery::Mode::PriceAsc) {
        for (int e : m_eventsByAdultPrice)
            consider(e);
    } else {
        for (auto it = m_eventsByAdultPrice.crbegin(); it != m_eventsByAdultPrice.crend(); ++it)
            consider(*it);
    }
    for (int e : m_eventsWithoutPrice)
        consider(e);
    return result;
}

} // namespace Sandbox
