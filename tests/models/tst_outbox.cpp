// The e-mail outbox: every .eml parses back with a standard mail parser (Python's `email`
// package) with the right To and Subject and no other recipient, whatever the names, subject or
// addresses hold; file names every file system accepts; nothing left behind on failure.
#include "distribution/outbox.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook {

namespace {

// Reads each file given with Python's standard parser and prints what it understood, as JSON.
const char *parserScript = R"(
import email, email.policy, json, sys
out = []
for path in sys.argv[1:]:
    with open(path, 'rb') as f:
        msg = email.message_from_bytes(f.read(), policy=email.policy.default)
    def mailboxes(name):
        h = msg.get(name)
        if h is None:
            return None
        return [{'name': a.display_name, 'address': a.addr_spec} for a in h.addresses]
    defects = [type(d).__name__ for d in msg.defects]
    for key, value in msg.items():
        defects += [key + ': ' + type(d).__name__ for d in getattr(value, 'defects', ())]
    date = msg['Date']
    out.append({
        'keys': msg.keys(),
        'to': mailboxes('To'), 'from': mailboxes('From'),
        'cc': mailboxes('Cc'), 'bcc': mailboxes('Bcc'),
        'toCount': len(msg.get_all('To') or []),
        'subject': None if msg['Subject'] is None else str(msg['Subject']),
        'date': None if date is None or date.datetime is None else date.datetime.isoformat(),
        'messageId': str(msg['Message-ID']),
        'contentType': msg.get_content_type(),
        'charset': msg.get_content_charset(),
        'body': msg.get_content(),
        'defects': defects,
    })
print(json.dumps(out))
)";

const QStringList expectedHeaders = {
        u"From"_s,       u"To"_s,           u"Subject"_s,      u"Date"_s,
        u"Message-ID"_s, u"MIME-Version"_s, u"Content-Type"_s, u"Content-Transfer-Encoding"_s,
        u"X-Unsent"_s,
};

Person person(const QString &username, const QString &first, const QString &last,
              const QString &email, const QString &password = u"Kp7mXq2rTz9w"_s)
{
    Person p;
    p.username = username;
    p.firstName = first;
    p.lastName = last;
    p.email = email;
    p.password = password;
    p.profile = u"learner"_s;
    return p;
}

Recipient recipient(const Person &p)
{
    return Recipient{p, {}};
}

OutboxOptions options(const QString &subject = u"Your login for {school}"_s)
{
    OutboxOptions o;
    o.from = u"office@nordby.no"_s;
    o.subjectTemplate = subject;
    o.bodyTemplate = u"Dear {name},\n\nUser name: {username}\nPassword: {password}\n"_s;
    o.school = {u"Nordby skole"_s, u"https://nordby.itslearning.com"_s};
    o.date = QDateTime(QDate(2025, 8, 18), QTime(9, 30), QTimeZone(7200));
    return o;
}

QString python()
{
    for (const QString &name : {u"python3"_s, u"python"_s}) {
        const QString found = QStandardPaths::findExecutable(name);
        if (!found.isEmpty())
            return found;
    }
    return {};
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList filesIn(const QString &directory)
{
    return QDir(directory).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden,
                                     QDir::Name);
}

} // namespace

class TestOutbox : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void messagesParseBack_data();
    void messagesParseBack();
    void hostileDataNeverAddsARecipientOrHeader_data();
    void hostileDataNeverAddsARecipientOrHeader();
    void addressThatIsNotOnePlainAddressIsNeverWritten_data();
    void addressThatIsNotOnePlainAddressIsNeverWritten();
    void peopleWithoutAddressAreListed();
    void bodyIsQuotedPrintableAndDecodesToTheTemplate();
    void dateIsEnglishWithANumericZone_data();
    void dateIsEnglishWithANumericZone();
    void messageIdsAreUniqueAtTheSendersDomain();
    void fileNamesAreSafeEverywhere_data();
    void fileNamesAreSafeEverywhere();
    void fileNamesAreUnique();
    void aSecondRunReplacesTheFiles();
    void missingOrBadSenderIsRefused_data();
    void missingOrBadSenderIsRefused();
    void folderThatCannotBeMadeIsNamed();
    void failedFileLeavesTheFolderAsItWas();

private:
    // What Python's parser made of each file, in order.
    QJsonArray parse(const QStringList &paths);
    // Lines end with CRLF, no bare CR or LF, header lines within 998 octets (78 when
    // `foldedTo78`), body lines within 76.
    void checkLines(const QByteArray &message, bool foldedTo78 = true);

    QString m_python;
};

void TestOutbox::initTestCase()
{
    m_python = python();
    QVERIFY2(!m_python.isEmpty(),
             "These tests read the messages back with Python's email package: install python3 "
             "(scripts/install-deps.sh does).");
}

QJsonArray TestOutbox::parse(const QStringList &paths)
{
    QProcess process;
    process.start(m_python, QStringList{u"-c"_s, QString::fromUtf8(parserScript)} + paths);
    if (!process.waitForFinished(60000)) {
        qWarning("python did not finish");
        return {};
    }
    const QByteArray err = process.readAllStandardError();
    if (!err.isEmpty())
        qWarning("python: %s", err.constData());
    QJsonParseError error;
    const auto document = QJsonDocument::fromJson(process.readAllStandardOutput(), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("python gave no JSON: %s", qPrintable(error.errorString()));
    return document.array();
}

void TestOutbox::checkLines(const QByteArray &message, bool foldedTo78)
{
    QVERIFY(message.endsWith("\r\n"));
    QList<QByteArray> lines = message.split('\n');
    lines.removeLast(); // after the last line end
    bool inHeader = true;
    for (const QByteArray &withCr : lines) {
        QVERIFY2(withCr.endsWith('\r'), withCr.constData()); // no bare LF
        const QByteArray line = withCr.chopped(1);
        QVERIFY2(!line.contains('\r'), line.constData()); // no bare CR
        if (inHeader && line.isEmpty()) {
            inHeader = false;
            continue;
        }
        if (inHeader) {
            QVERIFY2(line.size() <= 998, line.constData());
            if (foldedTo78)
                QVERIFY2(line.size() <= 78, line.constData());
            for (const char c : line)
                QVERIFY2(c >= 0x20 && c < 0x7f, line.constData()); // 7-bit headers
        } else {
            QVERIFY2(line.size() <= 76, line.constData());
        }
    }
    QVERIFY(!inHeader);
}

void TestOutbox::messagesParseBack_data()
{
    QTest::addColumn<Person>("who");
    QTest::addColumn<QString>("school");
    QTest::addColumn<QString>("subjectTemplate");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("address"); // as the header carries it

    const QString longNorwegian =
            u"Påloggingen din til {school}: "_s + u"Æ Ø Å æ ø å blåbærsyltetøy "_s.repeated(12);
    const QString longWord = u"x"_s.repeated(200);
    QTest::newRow("plain") << person(u"son1"_s, u"Jim"_s, u"Dickinson"_s, u"jim@skole.example"_s)
                           << u"Nordby skole"_s << u"Your login for {school}"_s
                           << u"Your login for Nordby skole"_s << u"jim@skole.example"_s;
    QTest::newRow("Norwegian letters")
            << person(u"aase.berg"_s, u"Åse"_s, u"Berg"_s, u"aase.berg@skole.example"_s)
            << u"Nordby skole – Æ Ø Å"_s << u"Påloggingen din til {school}, {first_name}"_s
            << u"Påloggingen din til Nordby skole – Æ Ø Å, Åse"_s << u"aase.berg@skole.example"_s;
    QTest::newRow("emoji") << person(u"zoe"_s, u"Zoë 👩‍👧"_s, u"Dubois-Lefèvre"_s,
                                     u"zoe@skole.example"_s)
                           << u"Skolen 🏫"_s << u"Velkommen 🎉 {first_name}!"_s
                           << u"Velkommen 🎉 Zoë 👩‍👧!"_s << u"zoe@skole.example"_s;
    QTest::newRow("long Norwegian subject, folded")
            << person(u"bjorn"_s, u"Bjørn"_s, u"Næss"_s, u"bjorn@skole.example"_s)
            << u"Nordby skole"_s << longNorwegian
            << QString(longNorwegian).replace(u"{school}"_s, u"Nordby skole"_s).simplified()
            << u"bjorn@skole.example"_s;
    QTest::newRow("long ASCII subject, folded")
            << person(u"son2"_s, u"Johnny"_s, u"Dean"_s, u"johnny@skole.example"_s)
            << u"Nordby skole"_s << u"Your new login for the learning platform "_s.repeated(8)
            << u"Your new login for the learning platform "_s.repeated(8).trimmed()
            << u"johnny@skole.example"_s;
    QTest::newRow("one word longer than a line")
            << person(u"son3"_s, u"Jo"_s, u"Dean"_s, u"jo@skole.example"_s) << u"Nordby skole"_s
            << longWord << longWord << u"jo@skole.example"_s;
    QTest::newRow("text that looks encoded")
            << person(u"son4"_s, u"Ann"_s, u"Dean"_s, u"ann@skole.example"_s) << u"Nordby"_s
            << u"=?UTF-8?B?SGk=?= literally"_s << u"=?UTF-8?B?SGk=?= literally"_s
            << u"ann@skole.example"_s;
    QTest::newRow("quotes and commas in the name")
            << person(u"obrien"_s, u"Anne \"Kari\""_s, u"O'Brien, Jr."_s, u"anne@skole.example"_s)
            << u"St. Mary's, Nordby"_s << u"{name}"_s << u"Anne \"Kari\" O'Brien, Jr."_s
            << u"anne@skole.example"_s;
    QTest::newRow("international domain")
            << person(u"ola"_s, u"Ola"_s, u"Nordmann"_s, u"ola@nørby.no"_s) << u"Nordby skole"_s
            << u"Hei"_s << u"Hei"_s << u"ola@xn--nrby-gra.no"_s;
    QTest::newRow("no school name, no subject")
            << person(u"kari"_s, u"Kari"_s, u"Nordmann"_s, u"kari@skole.example"_s) << QString()
            << QString() << QString() << u"kari@skole.example"_s;
    QTest::newRow("no name") << person(u"x1"_s, QString(), QString(), u"x1@skole.example"_s)
                             << u"Nordby skole"_s << u"Hei"_s << u"Hei"_s << u"x1@skole.example"_s;
}

void TestOutbox::messagesParseBack()
{
    QFETCH(Person, who);
    QFETCH(QString, school);
    QFETCH(QString, subjectTemplate);
    QFETCH(QString, subject);
    QFETCH(QString, address);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    OutboxOptions o = options(subjectTemplate);
    o.school.schoolName = school;
    const auto written = writeOutbox({recipient(who)}, dir.path(), o);
    QVERIFY2(written, written ? "" : qPrintable(written.error().message));
    QCOMPARE(written->files, QStringList{who.username + u".eml"_s});
    QVERIFY(written->withoutEmail.isEmpty());

    const QString path = dir.filePath(written->files.first());
    checkLines(readAll(path));
    const QJsonArray parsed = parse({path});
    QCOMPARE(parsed.size(), 1);
    const QJsonObject message = parsed.first().toObject();
    QCOMPARE(message[u"defects"_s].toArray(), QJsonArray());
    QCOMPARE(message[u"keys"_s].toVariant().toStringList(), expectedHeaders);
    QCOMPARE(message[u"toCount"_s].toInt(), 1);
    const QJsonArray to = message[u"to"_s].toArray();
    QCOMPARE(to.size(), 1);
    QCOMPARE(to.first()[u"address"_s].toString(), address);
    QCOMPARE(to.first()[u"name"_s].toString(), who.fullName());
    QVERIFY(message[u"cc"_s].isNull());
    QVERIFY(message[u"bcc"_s].isNull());
    const QJsonArray from = message[u"from"_s].toArray();
    QCOMPARE(from.size(), 1);
    QCOMPARE(from.first()[u"address"_s].toString(), o.from);
    QCOMPARE(from.first()[u"name"_s].toString(), school);
    QCOMPARE(message[u"subject"_s].toString(), subject);
    QCOMPARE(QDateTime::fromString(message[u"date"_s].toString(), Qt::ISODate), o.date);
    QVERIFY(QRegularExpression(u"^<[0-9a-f]{32}@nordby\\.no>$"_s)
                    .match(message[u"messageId"_s].toString())
                    .hasMatch());
    QCOMPARE(message[u"contentType"_s].toString(), u"text/plain"_s);
    QCOMPARE(message[u"charset"_s].toString().toLower(), u"utf-8"_s);
    const QString body = message[u"body"_s].toString();
    QVERIFY2(body.contains(u"User name: "_s + who.username), qPrintable(body));
    QVERIFY2(body.contains(u"Password: Kp7mXq2rTz9w"_s), qPrintable(body));
    if (!who.fullName().isEmpty())
        QVERIFY2(body.contains(u"Dear "_s + who.fullName()), qPrintable(body));
    QVERIFY(readAll(path).contains("\r\nX-Unsent: 1\r\n"));
}

void TestOutbox::hostileDataNeverAddsARecipientOrHeader_data()
{
    QTest::addColumn<Person>("who");
    QTest::addColumn<QString>("school");
    QTest::addColumn<QString>("subjectTemplate");

    const QString address = u"kid8@skole.example"_s;
    const QString subject = u"Your login for {school}, {first_name}"_s;
    QTest::newRow("CRLF Bcc in the first name")
            << person(u"kid8"_s, u"Robert\r\nBcc: evil@x.no"_s, u"Eight"_s, address) << u"Nordby"_s
            << subject;
    QTest::newRow("LF Cc in the last name")
            << person(u"kid8"_s, u"Robert"_s, u"Eight\nCc: evil@x.no"_s, address) << u"Nordby"_s
            << subject;
    QTest::newRow("bare CR") << person(u"kid8"_s, u"Robert\rBcc: evil@x.no"_s, u"E"_s, address)
                             << u"Nordby"_s << subject;
    QTest::newRow("line separator")
            << person(u"kid8"_s, u"Robert\u2028Bcc: evil@x.no"_s, u"E"_s, address) << u"Nordby"_s
            << subject;
    QTest::newRow("paragraph separator")
            << person(u"kid8"_s, u"Robert\u2029Bcc: evil@x.no"_s, u"E"_s, address) << u"Nordby"_s
            << subject;
    QTest::newRow("next line (NEL)")
            << person(u"kid8"_s, u"Robert\u0085Bcc: evil@x.no"_s, u"E"_s, address) << u"Nordby"_s
            << subject;
    QTest::newRow("NUL, tab and escape")
            << person(u"kid8"_s, u"Rob\u0000ert\t\u001b[2J"_s, u"E"_s, address) << u"Nordby"_s
            << subject;
    QTest::newRow("school name carries a newline into From and Subject")
            << person(u"kid8"_s, u"Robert"_s, u"Eight"_s, address)
            << u"Nordby\r\nBcc: evil@x.no\r\n\r\nbody"_s << subject;
    QTest::newRow("subject template itself")
            << person(u"kid8"_s, u"Robert"_s, u"Eight"_s, address) << u"Nordby"_s
            << u"Login\r\nBcc: evil@x.no\r\nX-Evil: 1"_s;
    QTest::newRow("folding whitespace after the newline")
            << person(u"kid8"_s, u"Robert\r\n Bcc: evil@x.no"_s, u"E"_s, address) << u"Nordby"_s
            << subject;
    QTest::newRow("angle brackets and a second address in the name")
            << person(u"kid8"_s, u"evil@x.no>, <other@x.no"_s, u"E"_s, address) << u"Nordby"_s
            << subject;
    QTest::newRow("formula and quotes")
            << person(u"kid8"_s, u"=HYPERLINK(\"http://x.example\")"_s, u"+Seven"_s, address)
            << u"Nordby"_s << subject;
}

void TestOutbox::hostileDataNeverAddsARecipientOrHeader()
{
    QFETCH(Person, who);
    QFETCH(QString, school);
    QFETCH(QString, subjectTemplate);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    OutboxOptions o = options(subjectTemplate);
    o.school.schoolName = school;
    const auto written = writeOutbox({recipient(who)}, dir.path(), o);
    QVERIFY2(written, written ? "" : qPrintable(written.error().message));
    QCOMPARE(written->files.size(), 1);
    const QString path = dir.filePath(written->files.first());
    const QByteArray raw = readAll(path);
    checkLines(raw);
    const QByteArray header = raw.left(raw.indexOf("\r\n\r\n") + 2).toLower();
    QVERIFY2(!header.contains("\r\nbcc:") && !header.contains("\r\ncc:") &&
                     !header.contains("\r\nx-evil:"),
             header.constData());

    const QJsonObject message = parse({path}).first().toObject();
    QCOMPARE(message[u"defects"_s].toArray(), QJsonArray());
    QCOMPARE(message[u"keys"_s].toVariant().toStringList(), expectedHeaders);
    const QJsonArray to = message[u"to"_s].toArray();
    QCOMPARE(to.size(), 1);
    QCOMPARE(to.first()[u"address"_s].toString(), who.email);
    QVERIFY(message[u"cc"_s].isNull());
    QVERIFY(message[u"bcc"_s].isNull());
    QCOMPARE(message[u"from"_s].toArray().size(), 1);
    QCOMPARE(message[u"from"_s].toArray().first()[u"address"_s].toString(), o.from);
    const QString subject = message[u"subject"_s].toString();
    for (const QChar c : subject)
        QVERIFY2(c.category() != QChar::Other_Control && c.category() != QChar::Separator_Line &&
                         c.category() != QChar::Separator_Paragraph,
                 qPrintable(subject));
    // Still the same words, on one line.
    const QString name = to.first()[u"name"_s].toString();
    QVERIFY2(!name.contains(u'\n') && !name.contains(u'\r'), qPrintable(name));
    // In the body too, a name stays on its line.
    const QString body = message[u"body"_s].toString();
    QVERIFY2(body.contains(u"User name: kid8"_s), qPrintable(body));
    QVERIFY2(!body.contains(u"\nBcc"_s) && !body.contains(u"\nCc"_s), qPrintable(body));
}

void TestOutbox::addressThatIsNotOnePlainAddressIsNeverWritten_data()
{
    QTest::addColumn<QString>("email");
    QTest::newRow("comma, second address") << u"a@b.no, evil@x.no"_s;
    QTest::newRow("comma without space") << u"a@b.no,evil@x.no"_s;
    QTest::newRow("semicolon") << u"a@b.no;evil@x.no"_s;
    QTest::newRow("CRLF Bcc") << u"a@b.no\r\nBcc: x@y.no"_s;
    QTest::newRow("LF") << u"a@b.no\nevil@x.no"_s;
    QTest::newRow("line separator") << u"a@b.no\u2028Bcc: x@y.no"_s;
    QTest::newRow("trailing CRLF") << u"a@b.no\r\n"_s;
    QTest::newRow("display name") << u"Evil <a@b.no>"_s;
    QTest::newRow("angle brackets") << u"<a@b.no>"_s;
    QTest::newRow("space") << u"a@b.no evil@x.no"_s;
    QTest::newRow("tab") << u"a@b.no\tevil@x.no"_s;
    QTest::newRow("quoted local part") << u"\"a b\"@b.no"_s;
    QTest::newRow("comment") << u"a@b.no(evil@x.no)"_s;
    QTest::newRow("group syntax") << u"group: a@b.no, evil@x.no;"_s;
    QTest::newRow("two @") << u"a@evil@x.no"_s;
    QTest::newRow("no local part") << u"@b.no"_s;
    QTest::newRow("no dot in domain") << u"a@localhost"_s;
    QTest::newRow("double dot") << u"a..b@b.no"_s;
    QTest::newRow("hyphen label") << u"a@-b.no"_s;
    QTest::newRow("NUL") << u"a@b.no\u0000evil@x.no"_s;
    QTest::newRow("letters a header cannot carry") << u"åse@b.no"_s;
    QTest::newRow("longer than an address can be") << u"a"_s.repeated(300) + u"@b.no"_s;
}

void TestOutbox::addressThatIsNotOnePlainAddressIsNeverWritten()
{
    QFETCH(QString, email);
    const Person bad = person(u"bad"_s, u"Bad"_s, u"Address"_s, email);
    const Person good = person(u"good"_s, u"Good"_s, u"Address"_s, u"good@skole.example"_s);

    QVERIFY(composeMessage(recipient(bad), options()).isEmpty());
    const QString problem = emailProblem(bad);
    QVERIFY(!problem.isEmpty());
    QVERIFY2(problem.contains(u"is not a single, plain e-mail address"_s), qPrintable(problem));
    QVERIFY2(!problem.contains(u'\n') && !problem.contains(u'\r'), qPrintable(problem));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto written = writeOutbox({recipient(good), recipient(bad)}, dir.path(), options());
    QVERIFY2(written, written ? "" : qPrintable(written.error().message));
    QCOMPARE(written->files, QStringList{u"good.eml"_s});
    QCOMPARE(written->withoutEmail.size(), 1);
    QCOMPARE(written->withoutEmail.first().username, u"bad"_s);
    QCOMPARE(filesIn(dir.path()), QStringList{u"good.eml"_s});
    QVERIFY(!readAll(dir.filePath(u"good.eml"_s)).contains("evil"));
}

void TestOutbox::peopleWithoutAddressAreListed()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QList<Recipient> recipients = {
            recipient(person(u"aase.berg"_s, u"Åse"_s, u"Berg"_s, u"aase@skole.example"_s)),
            recipient(person(u"bjorn.naess"_s, u"Bjørn"_s, u"Næss"_s, QString())),
            recipient(person(u"zoe"_s, u"Zoë"_s, u"Dubois"_s, u"zoe@skole.example"_s)),
    };
    const auto written = writeOutbox(recipients, dir.path(), options());
    QVERIFY(written);
    QCOMPARE(written->files, (QStringList{u"aase.berg.eml"_s, u"zoe.eml"_s}));
    QCOMPARE(written->withoutEmail.size(), 1);
    QCOMPARE(written->withoutEmail.first().username, u"bjorn.naess"_s);
    QCOMPARE(emailProblem(written->withoutEmail.first()), u"no e-mail address"_s);
    QCOMPARE(emailProblem(recipients.first().person), QString());
    QCOMPARE(filesIn(dir.path()), (QStringList{u"aase.berg.eml"_s, u"zoe.eml"_s}));

    // Nobody with an address: nothing written, everyone listed.
    QTemporaryDir empty;
    const auto none = writeOutbox({recipients.at(1)}, empty.path(), options());
    QVERIFY(none);
    QVERIFY(none->files.isEmpty());
    QCOMPARE(none->withoutEmail.size(), 1);
    QVERIFY(filesIn(empty.path()).isEmpty());
}

void TestOutbox::bodyIsQuotedPrintableAndDecodesToTheTemplate()
{
    // A password imported with spaces in it stays exactly as it is.
    const Person who =
            person(u"aase.berg"_s, u"Åse"_s, u"Berg"_s, u"aase@skole.example"_s, u"Kp7  mX=q2 "_s);
    OutboxOptions o = options();
    o.bodyTemplate = u"Hei {first_name},\r\n"_s
                     u"From now on you sign in here.\n"_s
                     u".\n"_s
                     u"a = b, 100% sure; trailing spaces   \n"_s
                     u"tab at the end\t\n"_s +
                     u"blåbærsyltetøy "_s.repeated(20).trimmed() + u"\n"_s + u"y"_s.repeated(200) +
                     u"\n"_s +
                     u"\u2028 stays 🎉\n"_s
                     u"Passord: {password}"_s;
    const QByteArray raw = composeMessage(recipient(who), o);
    checkLines(raw);
    QVERIFY(raw.contains("\r\nContent-Transfer-Encoding: quoted-printable\r\n"));
    QVERIFY(raw.contains("\r\n=46rom now on"));
    QVERIFY(raw.contains("\r\n=2E\r\n"));

    QTemporaryDir dir;
    const QString path = dir.filePath(u"body.eml"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(raw);
    file.close();
    const QJsonObject message = parse({path}).first().toObject();
    QCOMPARE(message[u"defects"_s].toArray(), QJsonArray());
    QString expected = o.bodyTemplate;
    expected.replace(u"{first_name}"_s, u"Åse"_s)
            .replace(u"{password}"_s, u"Kp7  mX=q2 "_s)
            .replace(u"\r\n"_s, u"\n"_s);
    QCOMPARE(message[u"body"_s].toString().replace(u"\r\n"_s, u"\n"_s), expected + u'\n');
}

void TestOutbox::dateIsEnglishWithANumericZone_data()
{
    QTest::addColumn<QDateTime>("date");
    QTest::addColumn<QByteArray>("header");
    QTest::newRow("Oslo summer") << QDateTime(QDate(2025, 8, 18), QTime(9, 30, 5), QTimeZone(7200))
                                 << QByteArray("Date: Mon, 18 Aug 2025 09:30:05 +0200");
    QTest::newRow("Newfoundland") << QDateTime(QDate(2024, 2, 29), QTime(23, 59, 59),
                                               QTimeZone(-(3 * 3600 + 1800)))
                                  << QByteArray("Date: Thu, 29 Feb 2024 23:59:59 -0330");
    QTest::newRow("UTC") << QDateTime(QDate(2026, 1, 4), QTime(0, 0), QTimeZone::utc())
                         << QByteArray("Date: Sun, 04 Jan 2026 00:00:00 +0000");
}

void TestOutbox::dateIsEnglishWithANumericZone()
{
    QFETCH(QDateTime, date);
    QFETCH(QByteArray, header);
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::NorwegianBokmal, QLocale::Norway));
    OutboxOptions o = options();
    o.date = date;
    const QByteArray raw =
            composeMessage(recipient(person(u"a"_s, u"A"_s, u"B"_s, u"a@skole.example"_s)), o);
    QLocale::setDefault(before);
    QVERIFY2(raw.contains(QByteArray("\r\n" + header + "\r\n")), raw.constData());

    QTemporaryDir dir;
    const QString path = dir.filePath(u"date.eml"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(raw);
    file.close();
    const QJsonObject message = parse({path}).first().toObject();
    QCOMPARE(QDateTime::fromString(message[u"date"_s].toString(), Qt::ISODate), date);
}

void TestOutbox::messageIdsAreUniqueAtTheSendersDomain()
{
    const Recipient who = recipient(person(u"a"_s, u"A"_s, u"B"_s, u"a@skole.example"_s));
    const QRegularExpression id(u"\r\nMessage-ID: (<[0-9a-f]{32}@nordby\\.no>)\r\n"_s);
    const auto first = id.match(QString::fromLatin1(composeMessage(who, options())));
    const auto second = id.match(QString::fromLatin1(composeMessage(who, options())));
    QVERIFY(first.hasMatch());
    QVERIFY(second.hasMatch());
    QVERIFY(first.captured(1) != second.captured(1));
}

void TestOutbox::fileNamesAreSafeEverywhere_data()
{
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("fileName");
    QTest::newRow("plain") << u"son1"_s << u"son1.eml"_s;
    QTest::newRow("Norwegian") << u"åse.bjørnæs"_s << u"åse.bjørnæs.eml"_s;
    QTest::newRow("decomposed å becomes one letter") << u"a\u030Ase"_s << u"åse.eml"_s;
    QTest::newRow("CON") << u"CON"_s << u"_CON.eml"_s;
    QTest::newRow("con with an extension") << u"con.txt"_s << u"_con.txt.eml"_s;
    QTest::newRow("nul with a trailing space") << u"nul "_s << u"_nul.eml"_s;
    QTest::newRow("LPT1") << u"LPT1"_s << u"_LPT1.eml"_s;
    QTest::newRow("COM superscript one") << u"com¹"_s << u"_com¹.eml"_s;
    QTest::newRow("CONOUT$") << u"CONOUT$"_s << u"_CONOUT$.eml"_s;
    QTest::newRow("console is no device") << u"console"_s << u"console.eml"_s;
    QTest::newRow("slash") << u"a/b"_s << u"a_b.eml"_s;
    QTest::newRow("backslash") << u"a\\b"_s << u"a_b.eml"_s;
    QTest::newRow("dot dot") << u".."_s << u"user.eml"_s;
    QTest::newRow("parent folder") << u"../../etc/passwd"_s << u"_.._etc_passwd.eml"_s;
    QTest::newRow("hidden") << u".hidden"_s << u"hidden.eml"_s;
    QTest::newRow("trailing dots") << u"name..."_s << u"name.eml"_s;
    QTest::newRow("Windows characters") << u"a:b*c?d|e<f>g\"h"_s << u"a_b_c_d_e_f_g_h.eml"_s;
    QTest::newRow("control characters") << u"a\r\nb\u0000c"_s << u"a__b_c.eml"_s;
    QTest::newRow("right-to-left override") << u"abc\u202Egpj.exe"_s << u"abc_gpj.exe.eml"_s;
    QTest::newRow("empty") << QString() << u"user.eml"_s;
    QTest::newRow("very long") << u"ø"_s.repeated(300) << u"ø"_s.repeated(50) + u".eml"_s;
}

void TestOutbox::fileNamesAreSafeEverywhere()
{
    QFETCH(QString, username);
    QFETCH(QString, fileName);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto written =
            writeOutbox({recipient(person(username, u"A"_s, u"B"_s, u"a@skole.example"_s))},
                        dir.path(), options());
    QVERIFY2(written, written ? "" : qPrintable(written.error().message));
    QCOMPARE(written->files, QStringList{fileName});
    QCOMPARE(filesIn(dir.path()), QStringList{fileName});
    QVERIFY(fileName.toUtf8().size() <= 255);
}

void TestOutbox::fileNamesAreUnique()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QList<Recipient> recipients;
    for (const QString &username :
         {u"son1"_s, u"SON1"_s, u"a/b"_s, u"a_b"_s, u"a:b"_s, u"CON"_s, u"_CON"_s})
        recipients.append(recipient(person(username, u"A"_s, u"B"_s, u"a@skole.example"_s)));
    const auto written = writeOutbox(recipients, dir.path(), options());
    QVERIFY(written);
    const QStringList expected = {u"son1.eml"_s,  u"SON1-2.eml"_s, u"a_b.eml"_s,   u"a_b-2.eml"_s,
                                  u"a_b-3.eml"_s, u"_CON.eml"_s,   u"_CON-2.eml"_s};
    QCOMPARE(written->files, expected);
    QCOMPARE(filesIn(dir.path()).size(), expected.size());
}

void TestOutbox::aSecondRunReplacesTheFiles()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const Recipient who = recipient(person(u"son1"_s, u"Jim"_s, u"D"_s, u"jim@skole.example"_s));
    QVERIFY(writeOutbox({who}, dir.path(), options()));
    QFile other(dir.filePath(u"notes.txt"_s));
    QVERIFY(other.open(QIODevice::WriteOnly));
    other.write("mine");
    other.close();
    const auto again = writeOutbox({who}, dir.path(), options(u"Second"_s));
    QVERIFY(again);
    QCOMPARE(again->files, QStringList{u"son1.eml"_s});
    QCOMPARE(filesIn(dir.path()), (QStringList{u"notes.txt"_s, u"son1.eml"_s}));
    QVERIFY(readAll(dir.filePath(u"son1.eml"_s)).contains("\r\nSubject: Second\r\n"));
}

void TestOutbox::missingOrBadSenderIsRefused_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("message");
    const QString set = u"Set the sender (email_from) in Edit global settings"_s;
    QTest::newRow("empty") << QString() << set;
    QTest::newRow("spaces") << u"   "_s << set;
    QTest::newRow("two addresses") << u"office@nordby.no, evil@x.no"_s
                                   << u"“office@nordby.no, evil@x.no” cannot be the sender"_s;
    QTest::newRow("newline") << u"office@nordby.no\r\nBcc: evil@x.no"_s
                             << u"“office@nordby.no Bcc: evil@x.no” cannot be the sender"_s;
}

void TestOutbox::missingOrBadSenderIsRefused()
{
    QFETCH(QString, from);
    QFETCH(QString, message);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString outbox = dir.filePath(u"outbox"_s);
    OutboxOptions o = options();
    o.from = from;
    const auto written = writeOutbox(
            {recipient(person(u"a"_s, u"A"_s, u"B"_s, u"a@skole.example"_s))}, outbox, o);
    QVERIFY(!written);
    QCOMPARE(written.error().kind, Error::Kind::Invalid);
    QVERIFY2(written.error().message.contains(message), qPrintable(written.error().message));
    QVERIFY(!QFileInfo::exists(outbox));
    QVERIFY(composeMessage(recipient(person(u"a"_s, u"A"_s, u"B"_s, u"a@skole.example"_s)), o)
                    .isEmpty());
}

void TestOutbox::folderThatCannotBeMadeIsNamed()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile blocker(dir.filePath(u"file"_s));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    // A folder inside a file cannot be made, even by root.
    const QString outbox = dir.filePath(u"file/outbox"_s);
    const auto written = writeOutbox(
            {recipient(person(u"a"_s, u"A"_s, u"B"_s, u"a@skole.example"_s))}, outbox, options());
    QVERIFY(!written);
    QCOMPARE(written.error().kind, Error::Kind::File);
    QVERIFY2(written.error().message.contains(QDir::toNativeSeparators(outbox)),
             qPrintable(written.error().message));
    QCOMPARE(filesIn(dir.path()), QStringList{u"file"_s});
}

void TestOutbox::failedFileLeavesTheFolderAsItWas()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // An earlier e-mail for son1 that this run replaces, and a folder where son2's file goes.
    QFile earlier(dir.filePath(u"son1.eml"_s));
    QVERIFY(earlier.open(QIODevice::WriteOnly));
    earlier.write("earlier");
    earlier.close();
    QVERIFY(QDir(dir.path()).mkdir(u"son2.eml"_s));
    const QList<Recipient> recipients = {
            recipient(person(u"son0"_s, u"A"_s, u"B"_s, u"a@skole.example"_s)),
            recipient(person(u"son1"_s, u"A"_s, u"B"_s, u"a@skole.example"_s)),
            recipient(person(u"son2"_s, u"A"_s, u"B"_s, u"a@skole.example"_s)),
            recipient(person(u"son3"_s, u"A"_s, u"B"_s, u"a@skole.example"_s)),
    };
    const auto written = writeOutbox(recipients, dir.path(), options());
    QVERIFY(!written);
    QCOMPARE(written.error().kind, Error::Kind::File);
    QVERIFY2(
            written.error().message.contains(QDir::toNativeSeparators(dir.filePath(u"son2.eml"_s))),
            qPrintable(written.error().message));
    QCOMPARE(filesIn(dir.path()), (QStringList{u"son1.eml"_s, u"son2.eml"_s}));
    QCOMPARE(readAll(dir.filePath(u"son1.eml"_s)), QByteArray("earlier"));
}

} // namespace Rollbook

QTEST_GUILESS_MAIN(Rollbook::TestOutbox)
#include "tst_outbox.moc"
