// Login letters (models/distribution/letters): one page per person in the PDF, counted with
// pdfinfo and read back with pdftotext (poppler-utils).
#include "db/database.h"
#include "distribution/initialpasswords.h"
#include "distribution/letters.h"
#include "import/importrun.h"
#include "settings/settingsstore.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPageLayout>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook {

namespace {

Person person(const QString &username, const QString &first, const QString &last,
              const QString &profile = u"learner"_s, const QString &password = QString())
{
    Person p;
    p.username = username;
    p.firstName = first;
    p.lastName = last;
    p.profile = profile;
    p.password = password;
    return p;
}

QString defaultTemplate()
{
    const SettingDefinition *letter = SettingsStore::definition(u"letter_template"_s);
    return letter ? letter->defaultValue : QString();
}

LetterOptions schoolOptions(const QString &templateHtml = defaultTemplate())
{
    LetterOptions options;
    options.templateHtml = templateHtml;
    options.school = {u"Nordby School"_s, u"https://nordby.itslearning.example"_s};
    return options;
}

// Four people: two learners, a parent of both, and a member of staff.
QList<Recipient> family()
{
    const Person jim = person(u"son1"_s, u"Jim"_s, u"Dickinson"_s, u"learner"_s, u"Pw4Jim7xKq2m"_s);
    const Person johnny =
            person(u"son2"_s, u"Johnny"_s, u"Dean"_s, u"learner"_s, u"Pw4Johnny8Rz"_s);
    return {
            {jim, {}},
            {johnny, {}},
            {person(u"mom"_s, u"Elizabeth"_s, u"Dickinson"_s, u"parent"_s, u"Pw4Mom9Tt3a"_s),
             {jim, johnny}},
            {person(u"head"_s, u"Grete"_s, u"Waitz"_s, u"staff"_s, u"Pw4Grete5Uv"_s), {}},
    };
}

QString poppler(const QString &tool)
{
    return QStandardPaths::findExecutable(tool);
}

// What pdfinfo says, line by line: "Pages:          4".
QString pdfInfo(const QString &path)
{
    QProcess process;
    process.start(poppler(u"pdfinfo"_s), {path});
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return QString();
    return QString::fromUtf8(process.readAllStandardOutput());
}

int pageCount(const QString &path)
{
    static const QRegularExpression pages(u"^Pages:\\s+(\\d+)$"_s,
                                          QRegularExpression::MultilineOption);
    const auto match = pages.match(pdfInfo(path));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

// The text of each page; pdftotext ends every page with a form feed.
QStringList pageTexts(const QString &path)
{
    QProcess process;
    process.start(poppler(u"pdftotext"_s), {u"-layout"_s, u"-enc"_s, u"UTF-8"_s, path, u"-"_s});
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    QStringList pages = QString::fromUtf8(process.readAllStandardOutput()).split(u'\f');
    if (!pages.isEmpty() && pages.constLast().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

// Whether `page` shows `text`, wherever pdftotext -layout wrapped or spread it out, and with
// ligatures such as "ﬁ" read as the letters they join.
bool shows(const QString &page, const QString &text)
{
    const auto plain = [](const QString &s) {
        QString result = s.normalized(QString::NormalizationForm_KC);
        result.remove(QRegularExpression(u"\\s+"_s));
        return result;
    };
    return plain(page).contains(plain(text));
}

} // namespace

class TestLetters : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void documentIsReadyToPrint();
    void onePagePerPersonWithTheirLogin_data();
    void onePagePerPersonWithTheirLogin();
    void everyTemplateShapeStartsEachLetterOnANewPage_data();
    void everyTemplateShapeStartsEachLetterOnANewPage();
    void longLetterContinuesAndTheNextStartsOnANewPage();
    void sameDocumentPrintsOnAnyPagedDevice();
    void builtAndPrintedOnAWorkerThread();
    void passwordLettersAreNeverJoined();
    void pdfSaysWhatItIs();
    void parentLetterNamesTheChildrenFromTheDatabase();
    void markupInANameIsPrintedAsText_data();
    void markupInANameIsPrintedAsText();
    void missingValuesLeaveNoPlaceholderBehind();
    void existingFileIsReplaced();
    void unwritablePathIsRefused_data();
    void unwritablePathIsRefused();
    void nobodyIsRefused();

private:
    QString pdfPath(const QString &name = u"letters.pdf"_s) const { return m_dir->filePath(name); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestLetters::initTestCase()
{
    if (poppler(u"pdfinfo"_s).isEmpty() || poppler(u"pdftotext"_s).isEmpty())
        QSKIP("pdfinfo and pdftotext (poppler-utils) are needed to read the letters back; "
              "scripts/install-deps.sh installs them.");
}

void TestLetters::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestLetters::documentIsReadyToPrint()
{
    LetterOptions options = schoolOptions();
    options.pageSize = QPageSize(QPageSize::Letter);
    const auto document = buildLetters(family(), options);
    QVERIFY(document);
    QCOMPARE(document->defaultFont().pointSizeF(), 11.0);
    // Paginated, in the proportions of the page asked for, with margins of 20 mm on it.
    const QSizeF page = document->pageSize();
    const QSizeF letter = QPageSize(QPageSize::Letter).size(QPageSize::Point);
    QVERIFY(page.isValid());
    QVERIFY(qAbs(page.width() / page.height() - letter.width() / letter.height()) < 0.01);
    const QTextFrameFormat frame = document->rootFrame()->frameFormat();
    const qreal margin = frame.leftMargin() / page.width() * letter.width() / 72.0 * 25.4;
    QVERIFY2(qAbs(margin - 20.0) < 0.5, qPrintable(QString::number(margin)));
    QCOMPARE(frame.topMargin(), frame.leftMargin());
    QCOMPARE(document->pageCount(), 4);
    QVERIFY(document->toPlainText().contains(u"Pw4Mom9Tt3a"_s));
}

void TestLetters::onePagePerPersonWithTheirLogin_data()
{
    QTest::addColumn<QPageSize>("pageSize");
    QTest::newRow("A4") << QPageSize(QPageSize::A4);
    QTest::newRow("US Letter") << QPageSize(QPageSize::Letter);
    QTest::newRow("A5") << QPageSize(QPageSize::A5);
}

void TestLetters::onePagePerPersonWithTheirLogin()
{
    QFETCH(QPageSize, pageSize);
    LetterOptions options = schoolOptions();
    options.pageSize = pageSize;
    const QList<Recipient> people = family();
    const auto written = writeLettersPdf(people, options, pdfPath());
    QVERIFY2(written.ok(), qPrintable(written ? QString() : written.error().message));

    QCOMPARE(pageCount(pdfPath()), people.size());
    const QSizeF points = pageSize.size(QPageSize::Point);
    const QString size =
            u"Page size:\\s+%1 x %2 pts"_s.arg(qRound(points.width())).arg(qRound(points.height()));
    QVERIFY2(pdfInfo(pdfPath()).contains(QRegularExpression(size)), qPrintable(pdfInfo(pdfPath())));

    const QStringList pages = pageTexts(pdfPath());
    QCOMPARE(pages.size(), people.size());
    for (qsizetype i = 0; i < people.size(); ++i) {
        const QString &page = pages.at(i);
        const Person &who = people.at(i).person;
        QVERIFY2(shows(page, u"Nordby School"_s), qPrintable(page));
        QVERIFY2(shows(page, u"https://nordby.itslearning.example"_s), qPrintable(page));
        QVERIFY2(shows(page, u"Dear "_s + who.fullName()), qPrintable(page));
        QVERIFY2(shows(page, u"User name: "_s + who.username), qPrintable(page));
        QVERIFY2(shows(page, u"Password: "_s + who.password), qPrintable(page));
        // Nobody else's password on the page.
        for (qsizetype j = 0; j < people.size(); ++j) {
            if (j != i)
                QVERIFY2(!shows(page, people.at(j).person.password), qPrintable(page));
        }
    }
    // The parent's letter names the children; the others name none.
    QVERIFY2(shows(pages.at(2), u"With this login you follow Jim Dickinson and Johnny Dean."_s),
             qPrintable(pages.at(2)));
    QVERIFY(!pages.at(0).contains(u"follow"_s));
    QVERIFY(!pages.at(3).contains(u"follow"_s));
}

void TestLetters::everyTemplateShapeStartsEachLetterOnANewPage_data()
{
    QTest::addColumn<QString>("templateHtml");
    QTest::newRow("default") << defaultTemplate();
    QTest::newRow("starts with a table")
            << u"<table border=\"1\"><tr><td>{username}</td><td>{password}</td></tr></table>"
               u"<p>{school}</p>"_s;
    QTest::newRow("plain text, no tags") << u"{username} {password} at {school}"_s;
    QTest::newRow("whole HTML document")
            << u"<html><head><style>p { color: #333; }</style></head><body>"
               u"<p>{username}</p><p>{password}</p><p>{school}</p></body></html>"_s;
    QTest::newRow("starts with a list")
            << u"<ul><li>{username}</li><li>{password}</li></ul><p>{school}</p>"_s;
    QTest::newRow("ends with a list")
            << u"<p>{school}</p><ol><li>{username}</li><li>{password}</li></ol>"_s;
    QTest::newRow("ends with a table")
            << u"<p>{school}</p><table><tr><td>{username}</td><td>{password}</td></tr></table>"_s;
    QTest::newRow("ends in bold") << u"<p>{school}</p><p>{username}: <b>{password}"_s;
}

void TestLetters::everyTemplateShapeStartsEachLetterOnANewPage()
{
    QFETCH(QString, templateHtml);
    const QList<Recipient> people = family();
    QVERIFY(writeLettersPdf(people, schoolOptions(templateHtml), pdfPath()).ok());
    QCOMPARE(pageCount(pdfPath()), people.size());
    const QStringList pages = pageTexts(pdfPath());
    QCOMPARE(pages.size(), people.size());
    for (qsizetype i = 0; i < people.size(); ++i) {
        QVERIFY2(shows(pages.at(i), people.at(i).person.username), qPrintable(pages.at(i)));
        QVERIFY2(shows(pages.at(i), people.at(i).person.password), qPrintable(pages.at(i)));
        QVERIFY2(shows(pages.at(i), u"Nordby School"_s), qPrintable(pages.at(i)));
    }
}

void TestLetters::longLetterContinuesAndTheNextStartsOnANewPage()
{
    QString templateHtml = u"<h1>Letter for {username}</h1>"_s;
    for (int i = 0; i < 70; ++i)
        templateHtml += u"<p>Paragraph %1 of the rules.</p>"_s.arg(i + 1);
    const QList<Recipient> people = family();
    const auto document = buildLetters(people, schoolOptions(templateHtml));
    // Seventy paragraphs need more than one page; every letter needs as many.
    const int pagesEach = document->pageCount() / int(people.size());
    QVERIFY2(pagesEach >= 2, qPrintable(QString::number(document->pageCount())));
    QCOMPARE(document->pageCount(), pagesEach * people.size());

    QVERIFY(writeLettersPdf(people, schoolOptions(templateHtml), pdfPath()).ok());
    const QStringList pages = pageTexts(pdfPath());
    QCOMPARE(pages.size(), pagesEach * people.size());
    for (qsizetype i = 0; i < people.size(); ++i) {
        const QString first = pages.at(pagesEach * i).trimmed();
        QVERIFY2(first.startsWith(u"Letter for "_s + people.at(i).person.username),
                 qPrintable(first));
        QVERIFY2(first.contains(u"Paragraph 1 of"_s), qPrintable(first));
        const QString last = pages.at(pagesEach * i + pagesEach - 1);
        QVERIFY2(last.contains(u"Paragraph 70 of"_s), qPrintable(last));
        QVERIFY(!last.contains(u"Letter for"_s));
    }
}

// The window prints and previews the very document buildLetters() gives; any paged device,
// at any resolution, gets one page per person.
void TestLetters::sameDocumentPrintsOnAnyPagedDevice()
{
    const QList<Recipient> people = family();
    const auto document = buildLetters(people, schoolOptions());
    for (const int resolution : {72, 300, 1200}) {
        const QString path = pdfPath(u"printed-%1.pdf"_s.arg(resolution));
        {
            QPdfWriter writer(path);
            writer.setResolution(resolution);
            writer.setPageLayout(
                    QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF()));
            document->print(&writer);
        }
        QCOMPARE(pageCount(path), people.size());
        const QStringList pages = pageTexts(path);
        QCOMPARE(pages.size(), people.size());
        for (qsizetype i = 0; i < people.size(); ++i)
            QVERIFY(shows(pages.at(i), people.at(i).person.password));
    }
}

// The window builds and saves the letters on a worker thread, so that it stays responsive.
void TestLetters::builtAndPrintedOnAWorkerThread()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
    const QList<Recipient> people = family();
    const QString path = pdfPath();
    auto worker = QtConcurrent::run([people, path] {
        const auto document = buildLetters(people, schoolOptions());
        const int pages = document->pageCount();
        const auto written = writeLettersPdf(people, schoolOptions(), path);
        return written.ok() ? pages : -1;
    });
    QCOMPARE(worker.result(), people.size());
    QCOMPARE(pageCount(path), people.size());
    QVERIFY(shows(pageTexts(path).value(3), people.at(3).person.password));
}

// A password is copied from the letter as it is written: no "ﬁ" or "ﬀ" ligature joins two of
// its letters, neither on paper nor in the PDF's text.
void TestLetters::passwordLettersAreNeverJoined()
{
    const QString password = u"Xffiflyfjq7Wfi"_s;
    const QList<Recipient> people{
            {person(u"fiona.ffrench"_s, u"Fiona"_s, u"Ffrench"_s, u"learner"_s, password), {}}};
    QVERIFY(writeLettersPdf(people, schoolOptions(), pdfPath()).ok());
    const QString page = pageTexts(pdfPath()).value(0);
    QVERIFY2(page.contains(QRegularExpression(u"Password:\\s+"_s + password)), qPrintable(page));
    QVERIFY2(page.contains(QRegularExpression(u"User name:\\s+fiona.ffrench"_s)), qPrintable(page));
    QVERIFY2(page.contains(u"first time"_s), qPrintable(page));
}

void TestLetters::pdfSaysWhatItIs()
{
    QVERIFY(writeLettersPdf(family(), schoolOptions(), pdfPath()).ok());
    const QString info = pdfInfo(pdfPath());
    QVERIFY2(info.contains(QRegularExpression(u"^Title:\\s+Login letters$"_s,
                                              QRegularExpression::MultilineOption)),
             qPrintable(info));
    QVERIFY2(info.contains(QRegularExpression(u"^Creator:\\s+Rollbook$"_s,
                                              QRegularExpression::MultilineOption)),
             qPrintable(info));
}

void TestLetters::parentLetterNamesTheChildrenFromTheDatabase()
{
    auto opened = Database::open(Testing::newDatabase(m_dir->filePath(u"rollbook.sqlite"_s)));
    QVERIFY(opened.ok());
    QSqlDatabase db = opened.value()->connection();
    SettingsStore settings(db);
    QVERIFY(settings.set({{u"parent_login_enabled"_s, u"true"_s},
                          {u"school_name"_s, u"Sørbyen skole"_s},
                          {u"login_address"_s, u"https://sorbyen.example/login"_s}},
                         u"test"_s)
                    .ok());
    const auto import = [&db](const QString &file, Profile profile, const QString &syncField) {
        ImportPlan plan;
        plan.filePath = QDir(QStringLiteral(ROLLBOOK_FIXTURES)).filePath(file);
        plan.profile = profile;
        plan.syncField = syncField;
        plan.matchField = MatchField::SyncKey;
        plan.backupsKept = 0;
        const auto report = runImport(db, plan);
        return report.ok() && report.value().errors.isEmpty();
    };
    QVERIFY(import(u"seed-a-children.csv"_s, Profile::Learner, QString()));
    QVERIFY(import(u"parents-combined.csv"_s, Profile::Parent, u"ChildID"_s));

    auto recipients = loadRecipients(db, {});
    QVERIFY(recipients.ok());
    QVERIFY(InitialPasswords::fillMissing(db, recipients.value(), settings.passwordPolicy(),
                                          u"test"_s)
                    .ok());
    LetterOptions options;
    options.templateHtml = settings.text(SettingsStore::LetterTemplate);
    options.school = SchoolDetails::fromSettings(db);
    QVERIFY(writeLettersPdf(recipients.value(), options, pdfPath()).ok());

    QCOMPARE(pageCount(pdfPath()), 4);
    const QStringList pages = pageTexts(pdfPath());
    QCOMPARE(pages.size(), 4);
    for (int i = 0; i < 4; ++i) {
        const Person &who = recipients.value().at(i).person;
        const QString &page = pages.at(i);
        QVERIFY2(shows(page, u"Sørbyen skole"_s), qPrintable(page));
        QVERIFY2(shows(page, u"https://sorbyen.example/login"_s), qPrintable(page));
        QVERIFY2(shows(page, u"Dear "_s + who.fullName()), qPrintable(page));
        QVERIFY2(shows(page, u"User name: "_s + who.username), qPrintable(page));
        QVERIFY(!who.password.isEmpty());
        QVERIFY2(shows(page, u"Password: "_s + who.password), qPrintable(page));
        QCOMPARE(shows(page, u"you follow Jim Dickinson and Johnny Dean."_s), who.isParent());
    }
}

void TestLetters::markupInANameIsPrintedAsText_data()
{
    QTest::addColumn<QString>("firstName");
    QTest::newRow("bold") << u"<b>Bold</b>"_s;
    QTest::newRow("image") << u"<img src=\"file:///etc/hostname\" width=\"500\">"_s;
    QTest::newRow("ampersand entity") << u"Tom &amp; Jerry"_s;
    QTest::newRow("closing the table") << u"</td></tr></table><h1>Big</h1>"_s;
    QTest::newRow("forced page break") << u"<p style=\"page-break-before: always\">x</p>"_s;
}

void TestLetters::markupInANameIsPrintedAsText()
{
    QFETCH(QString, firstName);
    const QList<Recipient> people{
            {person(u"odd"_s, firstName, u"Name"_s, u"learner"_s, u"Pw4Odd2Kk9z"_s), {}},
            {person(u"even"_s, u"Plain"_s, u"Name"_s, u"learner"_s, u"Pw4Even3Mm8"_s), {}}};
    const auto document = buildLetters(people, schoolOptions());
    QVERIFY2(document->toPlainText().contains(u"Dear "_s + firstName + u" Name,"_s),
             qPrintable(document->toPlainText()));
    // No image and no bold text came from the name.
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            QVERIFY(!fragment.charFormat().isImageFormat());
            if (fragment.text().contains(u"Dear"_s))
                QVERIFY(fragment.charFormat().fontWeight() <= QFont::Normal);
        }
    }

    QVERIFY(writeLettersPdf(people, schoolOptions(), pdfPath()).ok());
    QCOMPARE(pageCount(pdfPath()), 2);
    const QStringList pages = pageTexts(pdfPath());
    QCOMPARE(pages.size(), 2);
    QVERIFY2(shows(pages.at(0), u"Dear "_s + firstName + u" Name,"_s), qPrintable(pages.at(0)));
    QVERIFY(shows(pages.at(0), u"Pw4Odd2Kk9z"_s));
}

void TestLetters::missingValuesLeaveNoPlaceholderBehind()
{
    // Every placeholder there is, for a person with nothing but a user name, at a school whose
    // settings are still empty.
    QString templateHtml;
    for (const auto &[placeholder, meaning] : SettingsStore::placeholders())
        templateHtml += u"<p>%1: [%2]</p>"_s.arg(meaning.toHtmlEscaped(), placeholder);
    QVERIFY(templateHtml.contains(u"{password}"_s));
    templateHtml += u"<p>Kept as written: {not_a_placeholder}</p>"_s;
    LetterOptions options;
    options.templateHtml = templateHtml;
    const QList<Recipient> people{{person(u"bare"_s, QString(), QString(), u"parent"_s), {}}};

    const auto document = buildLetters(people, options);
    const QString text = document->toPlainText();
    QVERIFY2(!text.contains(QRegularExpression(u"\\{(?!not_a_placeholder\\})"_s)),
             qPrintable(text));
    QVERIFY(text.contains(u"[bare]"_s));
    QVERIFY(text.contains(u"Kept as written: {not_a_placeholder}"_s));

    QVERIFY(writeLettersPdf(people, options, pdfPath()).ok());
    QCOMPARE(pageCount(pdfPath()), 1);
    const QString page = pageTexts(pdfPath()).value(0);
    QVERIFY(page.contains(u"[bare]"_s));
    QCOMPARE(page.count(u'{'), 1);
}

void TestLetters::existingFileIsReplaced()
{
    QFile old(pdfPath());
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("an older file\n");
    old.close();
    QVERIFY(writeLettersPdf(family(), schoolOptions(), pdfPath()).ok());
    QCOMPARE(pageCount(pdfPath()), 4);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{u"letters.pdf"_s});
}

void TestLetters::unwritablePathIsRefused_data()
{
    QTest::addColumn<QString>("relativePath");
    QTest::newRow("a folder") << u"folder"_s;
    QTest::newRow("inside a missing folder") << u"missing/letters.pdf"_s;
    QTest::newRow("inside a file") << u"file.txt/letters.pdf"_s;
}

void TestLetters::unwritablePathIsRefused()
{
    QFETCH(QString, relativePath);
    QDir dir(m_dir->path());
    QVERIFY(dir.mkdir(u"folder"_s));
    QFile file(dir.filePath(u"file.txt"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    const QStringList before =
            dir.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);

    const QString path = dir.filePath(relativePath);
    const auto written = writeLettersPdf(family(), schoolOptions(), path);
    QVERIFY(!written.ok());
    QCOMPARE(written.error().kind, Error::Kind::File);
    QVERIFY2(written.error().message.contains(u"“"_s + QDir::toNativeSeparators(path) + u"”"_s),
             qPrintable(written.error().message));
    QVERIFY2(written.error().message.startsWith(u"Could not write the letters to"_s),
             qPrintable(written.error().message));
    // Nothing left behind, not even a temporary file.
    QCOMPARE(dir.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), before);
    QVERIFY(QDir(dir.filePath(u"folder"_s)).isEmpty());
}

void TestLetters::nobodyIsRefused()
{
    const auto written = writeLettersPdf({}, schoolOptions(), pdfPath());
    QVERIFY(!written.ok());
    QCOMPARE(written.error().kind, Error::Kind::Invalid);
    QVERIFY2(written.error().message.contains(u"nobody"_s), qPrintable(written.error().message));
    QVERIFY(!QFileInfo::exists(pdfPath()));
    QVERIFY(QDir(m_dir->path()).isEmpty());
    // The document of nobody's letters is empty, and still a document to show.
    QVERIFY(buildLetters({}, schoolOptions())->isEmpty());
}

} // namespace Rollbook

QTEST_MAIN(Rollbook::TestLetters)
#include "tst_letters.moc"
