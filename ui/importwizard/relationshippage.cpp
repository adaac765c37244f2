#include "relationshippage.h"

#include "db/background.h"
#include "import/importmapping.h"
#include "importwizard.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook {

RelationshipPage::RelationshipPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_syncField(new QComboBox(this))
    , m_matchField(new QComboBox(this))
    , m_matches(new QLabel(this))
    , m_watcher(new QFutureWatcher<Result<Counts>>(this))
{
    setTitle(tr("Parent relationship"));
    setSubTitle(tr("Say which column names each parent's child, and how it names the child. Each "
                   "child must already be in Rollbook as a learner."));
    m_syncField->setObjectName(u"syncField"_s);
    m_matchField->setObjectName(u"matchField"_s);
    for (MatchField match : {MatchField::InternalId, MatchField::SyncKey, MatchField::Username})
        m_matchField->addItem(matchFieldLabel(match), int(match));
    m_matchField->setCurrentIndex(m_matchField->findData(int(MatchField::SyncKey)));
    m_matches->setObjectName(u"childMatches"_s);
    m_matches->setWordWrap(true);
    m_matches->setTextFormat(Qt::PlainText);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    auto *syncLabel = new QLabel(tr("&Synchronisation field in import file"), this);
    syncLabel->setBuddy(m_syncField);
    auto *matchLabel = new QLabel(tr("&Matching synchronisation field for child"), this);
    matchLabel->setBuddy(m_matchField);
    form->addRow(syncLabel, m_syncField);
    form->addRow(matchLabel, m_matchField);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addSpacing(8);
    layout->addWidget(m_matches);
    layout->addStretch();

    connect(m_syncField, &QComboBox::currentIndexChanged, this, &RelationshipPage::count);
    connect(m_matchField, &QComboBox::activated, this, [this] { m_matchChosen = true; });
    connect(m_matchField, &QComboBox::currentIndexChanged, this, &RelationshipPage::showCount);
    connect(m_watcher, &QFutureWatcherBase::finished, this, [this] {
        const Result<Counts> result = m_watcher->result();
        if (m_countAgain) {
            m_countAgain = false;
            count();
            return;
        }
        if (!result) {
            m_counts.reset();
            m_matches->setText(result.error().message);
            return;
        }
        m_counts = result.value();
        // The matching field is guessed from the values: the way that finds the most children.
        if (const QList<MatchField> best = bestMatchFields(*m_counts);
            !m_matchChosen && !best.isEmpty()) {
            const QSignalBlocker blocker(m_matchField);
            m_matchField->setCurrentIndex(m_matchField->findData(int(best.first())));
        }
        showCount();
    });
}

RelationshipPage::~RelationshipPage()
{
    cancel();
    m_watcher->waitForFinished();
}

void RelationshipPage::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void RelationshipPage::initializePage()
{
    const QStringList headers = m_wizard->preview().header;
    if (headers == m_headers && m_syncField->count() > 0 &&
        m_startingVersion == m_wizard->startingVersion()) {
        count(); // the database may have changed since
        return;
    }
    m_headers = headers;
    m_startingVersion = m_wizard->startingVersion();
    m_matchChosen = false;
    const QSignalBlocker blocker(m_syncField);
    m_syncField->clear();
    m_syncField->addItems(headers); // in file order
    int guess = guessChildColumn(headers);
    // As a file like this was imported before (or as the preset says).
    if (const auto &start = m_wizard->startingMapping();
        start && start->profile == Profile::Parent) {
        ImportPlan plan;
        ImportMappings::applyTo(*start, headers, plan);
        if (const qsizetype column = headers.indexOf(plan.syncField); column >= 0) {
            guess = int(column);
            const QSignalBlocker matchBlocker(m_matchField);
            m_matchField->setCurrentIndex(m_matchField->findData(int(start->matchField)));
            m_matchChosen = true;
        }
    }
    m_syncField->setCurrentIndex(guess >= 0 ? guess : -1);
    count();
}

bool RelationshipPage::isComplete() const
{
    return m_syncField->currentIndex() >= 0;
}

void RelationshipPage::applyTo(ImportPlan &plan) const
{
    plan.syncField = m_syncField->currentText();
    plan.matchField = MatchField(m_matchField->currentData().toInt());
}

void RelationshipPage::count()
{
    emit completeChanged();
    m_counts.reset();
    if (m_syncField->currentIndex() < 0) {
        m_matches->setText(tr("Choose the column that names each parent's child."));
        return;
    }
    m_matches->setText(tr("Counting the rows that find their child…"));
    // One count at a time: a change while counting cancels it and counts again when it stops.
    if (m_watcher->isRunning()) {
        cancel();
        m_countAgain = true;
        return;
    }
    ImportPlan plan = m_wizard->plan();
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_watcher->setFuture(
            runWithDatabase(m_wizard->databasePath(), [plan, cancel = m_cancel](Database &db) {
                return countChildMatches(db.connection(), plan, cancel.get());
            }));
}

void RelationshipPage::showCount()
{
    if (!m_counts)
        return;
    const ChildMatchCount &count = m_counts->at(size_t(m_matchField->currentData().toInt()));
    const QLocale locale;
    QString text;
    if (count.rows == 0) {
        text = tr("No row of this column names a child, so the parents would be imported without "
                  "children.");
    } else if (count.missing == 0) {
        text = tr("%1 of %Ln rows find their child.", nullptr, int(count.rows))
                       .arg(locale.toString(count.found));
    } else {
        QStringList lines;
        for (qint64 line : count.missingLines)
            lines << locale.toString(line);
        if (count.missing > count.missingLines.size())
            lines << u"…"_s;
        text = tr("%1 of %2 rows find their child; %Ln do not: lines %3.", nullptr,
                  int(count.missing))
                       .arg(locale.toString(count.found), locale.toString(count.rows),
                            lines.join(u", "_s));
        if (count.found == 0)
            text += u' ' + tr("Check the matching field, and import the children first.");
    }
    m_matches->setText(text);
}

QString RelationshipPage::matchText() const
{
    return m_matches->text();
}

} // namespace Rollbook
