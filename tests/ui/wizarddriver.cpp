#include "wizarddriver.h"

#include "import/importrun.h"
#include "settings/settingsstore.h"
#include "testsupport.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QDir>
#include <QGroupBox>
#include <QRadioButton>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook {

void WizardDriver::setUpCase(const QString &applicationName)
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QCoreApplication::setOrganizationName(u"RollbookTests"_s);
    QCoreApplication::setApplicationName(applicationName);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(u"config"_s));
}

void WizardDriver::setUp()
{
    static int n = 0;
    auto opened =
            Database::open(Testing::newDatabase(m_dir.filePath(u"wizard-%1.sqlite"_s.arg(++n))));
    QVERIFY2(opened.ok(), qPrintable(opened ? QString() : opened.error().message));
    m_database = std::move(opened.value());
}

void WizardDriver::tearDown()
{
    m_wizard.reset();
    m_database.reset();
}

QString WizardDriver::fixture(const char *name)
{
    return QDir::cleanPath(
            QDir(QStringLiteral(ROLLBOOK_FIXTURES)).filePath(QString::fromLatin1(name)));
}

void WizardDriver::seed(const char *file, Profile profile, const QString &syncField)
{
    ImportPlan plan;
    plan.filePath = fixture(file);
    plan.profile = profile;
    plan.syncField = syncField;
    plan.backupsKept = 0;
    const auto report = runImport(m_database->connection(), plan);
    QVERIFY2(report.ok(), qPrintable(report ? QString() : report.error().message));
    QVERIFY(report->committed);
}

void WizardDriver::enableParentLogin()
{
    QVERIFY(SettingsStore(m_database->connection())
                    .set(QString::fromLatin1(SettingsStore::ParentLoginEnabled), u"true"_s,
                         u"test"_s)
                    .ok());
}

qint64 WizardDriver::count(const QString &sql) const
{
    QSqlQuery q(m_database->connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

QStringList WizardDriver::itemTexts(const QComboBox *box)
{
    QStringList texts;
    for (int i = 0; i < box->count(); ++i)
        texts << box->itemText(i);
    return texts;
}

ImportWizard *WizardDriver::startWizard(const QString &file, Profile profile)
{
    openWizard(file);
    const char *name = profile == Profile::Parent                ? "parentProfile"
                       : profile == Profile::LearnersWithParents ? "learnersWithParentsProfile"
                                                                 : "learnerProfile";
    // As the user chooses: the guess does not change it afterwards.
    find<QRadioButton>(ImportWizard::FileId, name)->click();
    return m_wizard.get();
}

ImportWizard *WizardDriver::openWizard(const QString &file)
{
    m_wizard = std::make_unique<ImportWizard>(m_database->path());
    m_wizard->setFilePath(file);
    m_wizard->show();
    FilePage *page = filePage();
    // The first rows are read off the GUI thread; a failure shows in the tests that follow.
    if (!QTest::qWaitFor([page] { return !page->isGuessing(); }))
        qWarning("The file's first rows were not read in time");
    return m_wizard.get();
}

QString WizardDriver::sectionOf(const QWidget *widget)
{
    for (; widget; widget = widget->parentWidget()) {
        if (const auto *box = qobject_cast<const QGroupBox *>(widget))
            return box->title();
    }
    return {};
}

// As a user presses it: a disabled button does nothing.
void WizardDriver::next()
{
    const bool commit = m_wizard->currentPage()->isCommitPage();
    QAbstractButton *button =
            m_wizard->button(commit ? QWizard::CommitButton : QWizard::NextButton);
    QTRY_VERIFY2(button->isEnabled(),
                 qPrintable(u"Next is disabled on page %1"_s.arg(m_wizard->currentId())));
    button->click();
}

CheckPage *WizardDriver::checkLearners(const QString &file, int timeout)
{
    startWizard(file, Profile::Learner);
    for (int step = 0; step < 4; ++step)
        next();
    auto *check = static_cast<CheckPage *>(m_wizard->page(ImportWizard::CheckId));
    if (m_wizard->currentId() != ImportWizard::CheckId ||
        !QTest::qWaitFor([check] { return check->report().has_value(); }, timeout))
        return nullptr;
    return check;
}

} // namespace Rollbook
