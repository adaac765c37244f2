#include "importpage.h"

#include "db/database.h"
#include "importwizard/importwizard.h"
#include "pageheader.h"

#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook {

ImportPage::ImportPage(QWidget *parent)
    : Page(parent)
    , m_start(new QPushButton(tr("&Import users from file…"), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new PageHeader(title(), u"import"_s, this));
    auto *text = new QLabel(
            tr("<p>Rollbook reads the CSV files a spreadsheet or student system saves, checks "
               "every row and imports the learners, or the parents with their children.</p>"
               "<p><b>Import the children first:</b> a parent is linked to a learner who is "
               "already in the database. Then import the parents' file.</p>"
               "<p>A <b>standard roster</b> (OneRoster 1.1 or 1.2, School Data Sync v2.1: a folder "
               "or a .zip file) brings learners, their parents and the links in one import: "
               "choose it with Choose Roster… in the wizard.</p>"
               "<p>Nothing is written until every row has been checked, and each import can be "
               "undone from Import history.</p>"
               "<p>You can also drop a CSV file or a roster on this window.</p>"),
            this);
    text->setObjectName(u"explanation"_s);
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    text->setFocusPolicy(Qt::StrongFocus); // screen readers reach it with Tab
    text->setAccessibleName(tr("About importing"));
    layout->addWidget(text);
    layout->addSpacing(12);

    m_start->setObjectName(u"startImport"_s);
    m_start->setIcon(style()->standardIcon(QStyle::SP_DialogOpenButton));
    m_start->setIconSize(QSize(32, 32));
    QFont big = m_start->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    m_start->setFont(big);
    m_start->setMinimumHeight(56);
    m_start->setEnabled(false);
    auto *row = new QHBoxLayout;
    row->addWidget(m_start);
    row->addStretch();
    layout->addLayout(row);
    layout->addStretch();

    connect(m_start, &QPushButton::clicked, this, [this] { openWizard(); });
}

ImportPage::~ImportPage()
{
    delete m_wizard; // waits for its workers
}

QString ImportPage::title() const
{
    return tr("Import users from file");
}

void ImportPage::setDatabase(Database *database)
{
    // The wizard works on the database it was opened for.
    if (m_wizard && database != m_database)
        delete m_wizard;
    m_database = database;
    m_start->setEnabled(database != nullptr);
}

ImportWizard *ImportPage::openWizard(const QString &filePath)
{
    if (!m_database)
        return nullptr;
    if (!m_wizard) {
        m_wizard = new ImportWizard(m_database->path(), window());
        // The window waits: another database opened or the window closed mid-import would
        // cancel it.
        m_wizard->setWindowModality(Qt::WindowModal);
        // Closed is gone: the next file starts afresh.
        connect(m_wizard, &QDialog::finished, this, [this] {
            m_wizard->deleteLater();
            m_wizard = nullptr;
        });
        connect(m_wizard, &ImportWizard::imported, this, &ImportPage::imported);
        connect(m_wizard, &ImportWizard::parentLoginSwitchedOn, this,
                &ImportPage::parentLoginSwitchedOn);
        connect(m_wizard, &ImportWizard::historyRequested, this, &ImportPage::historyRequested);
        connect(m_wizard, &ImportWizard::distributeRequested, this,
                &ImportPage::distributeRequested);
    }
    if (!filePath.isEmpty() && m_wizard->currentId() <= ImportWizard::FileId)
        m_wizard->setFilePath(filePath);
    m_wizard->show();
    m_wizard->raise();
    m_wizard->activateWindow();
    return m_wizard;
}

} // namespace Rollbook
