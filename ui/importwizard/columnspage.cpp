#include "columnspage.h"

#include "importwizard.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QScrollArea>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook {

ColumnsPage::ColumnsPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_rows(new QWidget)
    , m_form(new QFormLayout(m_rows))
    , m_problem(new QLabel(this))
{
    setTitle(tr("Columns"));
    setSubTitle(tr("Say what each column of the file holds. Rollbook has guessed from the column "
                   "names; a column set to “Ignore this column” is not imported."));
    m_problem->setObjectName(u"columnsProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_rows);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_problem);
}

void ColumnsPage::initializePage()
{
    const QStringList headers = m_wizard->preview().header;
    if (headers != m_headers)
        rebuild(headers);
    check();
}

void ColumnsPage::rebuild(const QStringList &headers)
{
    m_headers = headers;
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_boxes.clear();
    const QList<Field> guesses = Fields::guessAll(headers);
    const QList<CsvRow> &rows = m_wizard->preview().rows;
    for (int column = 0; column < headers.size(); ++column) {
        auto *box = new QComboBox(m_rows);
        box->setObjectName(u"column%1"_s.arg(column));
        box->addItem(Fields::label(Field::Ignore), int(Field::Ignore));
        for (Field field : Fields::all())
            box->addItem(Fields::label(field), int(field));
        box->setCurrentIndex(box->findData(int(guesses.value(column))));
        box->setAccessibleName(tr("Column “%1”").arg(headers.at(column)));
        // An example value helps with a header such as “Navn 2”.
        QString example;
        for (const CsvRow &row : rows) {
            example = row.fields.value(column).trimmed();
            if (!example.isEmpty())
                break;
        }
        if (!example.isEmpty()) {
            if (example.size() > 30)
                example = example.left(29) + u'…';
            box->setToolTip(tr("For example “%1”").arg(example));
            box->setAccessibleDescription(box->toolTip());
        }
        auto *label = new QLabel(headers.at(column).isEmpty()
                                         ? tr("(column %1 has no name)").arg(column + 1)
                                         : headers.at(column),
                                 m_rows);
        label->setTextFormat(Qt::PlainText);
        label->setBuddy(box);
        auto *field = new QWidget(m_rows);
        auto *row = new QHBoxLayout(field);
        row->setContentsMargins(0, 0, 0, 0);
        row->addWidget(box);
        auto *sample =
                new QLabel(example.isEmpty() ? QString() : tr("e.g. %1").arg(example), field);
        sample->setTextFormat(Qt::PlainText);
        sample->setForegroundRole(QPalette::PlaceholderText);
        row->addWidget(sample);
        row->addStretch();
        m_form->addRow(label, field);
        m_boxes.append(box);
        connect(box, &QComboBox::currentIndexChanged, this, &ColumnsPage::check);
    }
}

QList<Field> ColumnsPage::mapping() const
{
    QList<Field> fields;
    for (const QComboBox *box : m_boxes)
        fields.append(Field(box->currentData().toInt()));
    return fields;
}

QString ColumnsPage::problem() const
{
    const QList<Field> fields = mapping();
    QStringList problems;
    for (Field field : Fields::all()) {
        QStringList columns;
        for (int column = 0; column < fields.size(); ++column) {
            if (fields.at(column) == field)
                columns << u"“%1”"_s.arg(m_headers.value(column));
        }
        if (columns.size() > 1)
            problems << tr("%1 is chosen for %2 columns: %3. Choose it for one column only.")
                                .arg(Fields::label(field))
                                .arg(columns.size())
                                .arg(columns.join(tr(" and ")));
    }
    for (Field field : Fields::all()) {
        if (Fields::isRequired(field) && !fields.contains(field))
            problems << tr("No column is chosen for %1, which every user needs. Choose the "
                           "column that holds it.")
                                .arg(Fields::label(field));
    }
    return problems.join(u'\n');
}

void ColumnsPage::check()
{
    const QList<Field> fields = mapping();
    for (int column = 0; column < m_boxes.size(); ++column) {
        const Field field = fields.at(column);
        const bool twice = field != Field::Ignore && fields.count(field) > 1;
        QComboBox *box = m_boxes.at(column);
        box->setItemIcon(box->currentIndex(),
                         twice ? style()->standardIcon(QStyle::SP_MessageBoxWarning) : QIcon());
        for (int item = 0; item < box->count(); ++item) {
            if (item != box->currentIndex())
                box->setItemIcon(item, QIcon());
        }
        box->setProperty("mappedTwice", twice);
    }
    const QString text = problem();
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
    emit completeChanged();
}

bool ColumnsPage::isComplete() const
{
    return !m_boxes.isEmpty() && problem().isEmpty();
}

void ColumnsPage::applyTo(ImportPlan &plan) const
{
    // Every column by hand: the engine then does exactly what the page shows.
    plan.mapOverrides.clear();
    const QList<Field> fields = mapping();
    for (int column = 0; column < fields.size(); ++column)
        plan.mapOverrides.append({m_headers.at(column), fields.at(column)});
}

} // namespace Rollbook
