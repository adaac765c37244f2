#include "formatpage.h"

#include "csv/csvformat.h"
#include "importwizard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook {

namespace {

const CsvEncoding encodings[] = {CsvEncoding::Utf8, CsvEncoding::Utf16LE, CsvEncoding::Utf16BE,
                                 CsvEncoding::Windows1252};

} // namespace

FormatPage::FormatPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_encoding(new QComboBox(this))
    , m_delimiter(new QComboBox(this))
    , m_header(new QCheckBox(tr("The first &row holds the column names"), this))
    , m_detected(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_table(new QTableWidget(this))
{
    setTitle(tr("Format"));
    setSubTitle(tr("Rollbook has worked out how the file is written. If names such as Åse, Bjørn "
                   "or Næss look wrong in the preview, choose another encoding."));

    m_encoding->setObjectName(u"encoding"_s);
    for (CsvEncoding encoding : encodings)
        m_encoding->addItem(csvEncodingName(encoding), int(encoding));
    m_delimiter->setObjectName(u"delimiter"_s);
    for (char delimiter : csvCandidateDelimiters) {
        QString name = csvDelimiterName(delimiter);
        name[0] = name.at(0).toUpper();
        m_delimiter->addItem(name, int(delimiter));
    }
    m_header->setObjectName(u"headerRow"_s);
    m_header->setChecked(true);
    m_detected->setObjectName(u"detected"_s);
    m_detected->setWordWrap(true);
    m_problem->setObjectName(u"formatProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->hide();
    m_table->setObjectName(u"preview"_s);
    m_table->setAccessibleName(tr("Preview of the first rows"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(tr("&Encoding:"), m_encoding);
    form->addRow(tr("&Delimiter:"), m_delimiter);
    form->addRow(QString(), m_header);
    auto *previewLabel = new QLabel(tr("P&review of the first rows:"), this);
    previewLabel->setBuddy(m_table);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_detected);
    layout->addWidget(m_problem);
    layout->addWidget(previewLabel);
    layout->addWidget(m_table, 1);

    connect(m_encoding, &QComboBox::currentIndexChanged, this, [this] { readPreview(false); });
    connect(m_delimiter, &QComboBox::currentIndexChanged, this, [this] { readPreview(false); });
    connect(m_header, &QCheckBox::toggled, this, [this] { readPreview(false); });
}

void FormatPage::initializePage()
{
    // A new file is detected afresh; coming back keeps the user's choices.
    const QString path = m_wizard->plan().filePath;
    if (path != m_readPath) {
        m_readPath = path;
        readPreview(true);
        // A file like one imported before is read as that one was, when its reading was chosen.
        const MappingRecall &recall = m_wizard->recall();
        if (recall.same && !recall.same->mapping.encoding.isEmpty()) {
            const ImportMapping &mapping = recall.same->mapping;
            const auto encoding = csvEncodingFromName(mapping.encoding);
            const auto delimiter = csvDelimiterFromName(mapping.delimiter);
            const int encodingIndex = encoding ? m_encoding->findData(int(*encoding)) : -1;
            const int delimiterIndex = delimiter ? m_delimiter->findData(int(*delimiter)) : -1;
            if (encodingIndex >= 0 && delimiterIndex >= 0) {
                const QSignalBlocker encodingBlocker(m_encoding);
                const QSignalBlocker delimiterBlocker(m_delimiter);
                m_encoding->setCurrentIndex(encodingIndex);
                m_delimiter->setCurrentIndex(delimiterIndex);
                readPreview(false);
            }
        }
    }
}

bool FormatPage::isComplete() const
{
    return m_readable && m_header->isChecked();
}

void FormatPage::applyTo(ImportPlan &plan) const
{
    plan.encoding = csvEncodingName(CsvEncoding(m_encoding->currentData().toInt()));
    const char delimiter = char(m_delimiter->currentData().toInt());
    plan.delimiter = delimiter == '\t' ? u"tab"_s : QString(QLatin1Char(delimiter));
    plan.readingChosen = CsvEncoding(m_encoding->currentData().toInt()) != m_detection.encoding ||
                         delimiter != m_detection.delimiter;
}

// The first rows only: a small read, fine on the GUI thread; the whole file is read later, off it.
void FormatPage::readPreview(bool detect)
{
    CsvReadOptions options;
    if (!detect) {
        options.encoding = CsvEncoding(m_encoding->currentData().toInt());
        options.delimiter = char(m_delimiter->currentData().toInt());
    }
    const CsvTable table = CsvReader::readFile(m_readPath, options, previewRows);
    m_wizard->setPreview(table);
    if (detect) {
        const QSignalBlocker encodingBlocker(m_encoding);
        const QSignalBlocker delimiterBlocker(m_delimiter);
        m_encoding->setCurrentIndex(m_encoding->findData(int(table.detection.encoding)));
        const int delimiter = m_delimiter->findData(int(table.detection.delimiter));
        if (delimiter < 0)
            m_delimiter->addItem(csvDelimiterName(table.detection.delimiter),
                                 int(table.detection.delimiter));
        m_delimiter->setCurrentIndex(m_delimiter->findData(int(table.detection.delimiter)));
    }

    // What detection found stays in view when the user chooses otherwise.
    if (detect) {
        QStringList found;
        if (!table.detection.encodingReason.isEmpty())
            found << tr("Encoding %1: %2.")
                             .arg(table.detection.encodingDescription(),
                                  table.detection.encodingReason);
        if (!table.detection.delimiterReason.isEmpty())
            found << tr("Delimiter %1: %2.")
                             .arg(csvDelimiterName(table.detection.delimiter),
                                  table.detection.delimiterReason);
        m_detection = table.detection;
        m_detectedText = found.isEmpty() ? QString() : tr("Detected. %1").arg(found.join(u' '));
    }
    QString detected = m_detectedText;
    if (!detect &&
        (options.encoding != m_detection.encoding || options.delimiter != m_detection.delimiter))
        detected += u' ' +
                    tr("You chose %1 and %2.")
                            .arg(m_encoding->currentText(), m_delimiter->currentText().toLower());
    m_detected->setText(detected.trimmed());

    const bool fatal = table.error && table.error->code != CsvProblemCode::NoRecords;
    QStringList problems;
    if (table.error)
        problems << table.error->message;
    for (const CsvProblem &problem : table.problems) {
        if (problems.size() >= 3)
            break;
        problems << problem.message;
    }
    if (!m_header->isChecked())
        problems.prepend(tr("Rollbook reads the column names from the first row. Add a row of "
                            "column names (such as First name, Last name, User name) in your "
                            "spreadsheet, save the file and choose it again."));
    m_problem->setText(problems.join(u'\n'));
    m_problem->setVisible(!problems.isEmpty());

    m_table->clear();
    m_table->setColumnCount(int(table.header.size()));
    m_table->setHorizontalHeaderLabels(table.header);
    m_table->setRowCount(int(table.rows.size()));
    QStringList lines;
    for (int row = 0; row < table.rows.size(); ++row) {
        const CsvRow &record = table.rows.at(row);
        lines << QString::number(record.line);
        for (int column = 0; column < record.fields.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(record.fields.at(column)));
    }
    m_table->setVerticalHeaderLabels(lines);
    m_table->resizeColumnsToContents();

    m_readable = !fatal && !table.header.isEmpty();
    emit completeChanged();
}

} // namespace Rollbook
