#include "columnspage.h"

#include "import/filelayout.h"
#include "import/importmapping.h"
#include "importwizard.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSet>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook {

namespace {

// First and last name may also come from a full name.
bool hasField(const QList<Field> &fields, Field field)
{
    return fields.contains(field) || ((field == Field::FirstName || field == Field::LastName) &&
                                      fields.contains(Field::FullName));
}

QString quoted(const QString &text)
{
    return u"“%1”"_s.arg(text);
}

} // namespace

ColumnsPage::ColumnsPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_scroll(new QScrollArea(this))
    , m_problem(new QLabel(this))
    , m_origin(new QLabel(this))
    , m_forget(new QPushButton(tr("&Forget This Mapping"), this))
    , m_useSimilar(new QPushButton(tr("&Use Its Choices"), this))
    , m_presetLabel(new QLabel(tr("Start from a &preset:"), this))
    , m_preset(new QComboBox(this))
{
    setTitle(tr("Columns"));
    setSubTitle(tr("Say what each column of the file holds. Rollbook has guessed from the column "
                   "names; a column set to “Ignore this column” is not imported."));
    m_problem->setObjectName(u"columnsProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_scroll->setObjectName(u"columns"_s);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_origin->setObjectName(u"mappingOrigin"_s);
    m_origin->setWordWrap(true);
    m_origin->setTextFormat(Qt::PlainText);
    m_forget->setObjectName(u"forgetMapping"_s);
    m_forget->setToolTip(tr("Guess the columns from their names again, now and for the next file "
                            "with these columns."));
    m_useSimilar->setObjectName(u"useSimilar"_s);
    m_useSimilar->setToolTip(tr("Read the columns as that file's were read."));
    m_preset->setObjectName(u"preset"_s);
    m_presetLabel->setBuddy(m_preset);
    auto *origin = new QHBoxLayout;
    origin->addWidget(m_origin, 1);
    origin->addWidget(m_useSimilar);
    origin->addWidget(m_forget);
    auto *presets = new QHBoxLayout;
    presets->addWidget(m_presetLabel);
    presets->addWidget(m_preset);
    presets->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(presets);
    layout->addLayout(origin);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_problem);
    for (QWidget *widget :
         {static_cast<QWidget *>(m_origin), static_cast<QWidget *>(m_forget),
          static_cast<QWidget *>(m_useSimilar), static_cast<QWidget *>(m_presetLabel),
          static_cast<QWidget *>(m_preset)})
        widget->hide();
    connect(m_forget, &QPushButton::clicked, this, &ColumnsPage::forget);
    connect(m_useSimilar, &QPushButton::clicked, this, &ColumnsPage::useSimilar);
    connect(m_preset, &QComboBox::activated, this, &ColumnsPage::presetChosen);
}

void ColumnsPage::initializePage()
{
    // Coming back with the same file read the same way, for the same profile, keeps the choices.
    const CsvTable &preview = m_wizard->preview();
    QList<QStringList> rows;
    rows.reserve(preview.rows.size());
    for (const CsvRow &row : preview.rows)
        rows.append(row.fields);
    const QString path = m_wizard->plan().filePath;
    const Profile profile = m_wizard->profile();
    if (m_boxes.isEmpty() || path != m_builtPath || profile != m_builtProfile ||
        preview.header != m_headers || rows != m_builtRows) {
        m_builtPath = path;
        m_builtProfile = profile;
        m_builtRows = rows;
        m_headers = preview.header;
        chooseStart();
        rebuild();
    } else if (m_wizard->startingVersion() != m_builtVersion) {
        rebuild();
    }
    check();
}

void ColumnsPage::chooseStart()
{
    const MappingRecall &recall = m_wizard->recall();
    m_useSimilar->hide();
    if (recall.same) {
        QStringList sentence = {tr("Columns as in %1.").arg(rememberedFrom(*recall.same))};
        for (const QString &note : recall.same->notes)
            sentence << tr("Note: %1.").arg(note);
        startFrom(recall.same->mapping, sentence.join(u' '));
        m_forget->show();
    } else {
        startFrom(std::nullopt, QString());
        if (recall.similar) {
            m_origin->setText(tr("A file like this one was imported before (%1; %2). Rollbook "
                                 "has guessed the columns; you can use that file's choices "
                                 "instead.")
                                      .arg(rememberedFrom(*recall.similar), recall.difference));
            m_origin->show();
            m_useSimilar->show();
        }
    }
    // The presets, to start from instead.
    const QSignalBlocker blocker(m_preset);
    m_preset->clear();
    m_preset->addItem(tr("None"));
    for (const ImportPreset &preset : m_wizard->presets())
        m_preset->addItem(tr("%1 (%2)").arg(preset.name, profileLabel(preset.mapping.profile)),
                          preset.name);
    m_preset->setVisible(m_preset->count() > 1);
    m_presetLabel->setVisible(m_preset->isVisible());
}

void ColumnsPage::startFrom(const std::optional<ImportMapping> &mapping, const QString &origin)
{
    m_wizard->setStartingMapping(mapping);
    m_origin->setText(origin);
    m_origin->setVisible(!origin.isEmpty());
    m_forget->hide();
}

QString ColumnsPage::origin() const
{
    return m_origin->isHidden() ? QString() : m_origin->text();
}

void ColumnsPage::forget()
{
    m_wizard->forgetRemembered();
    startFrom(std::nullopt, tr("Forgotten: Rollbook guesses the columns from their names, now "
                               "and for the next file with these columns."));
    rebuild();
    check();
    m_scroll->setFocus();
}

void ColumnsPage::useSimilar()
{
    const MappingRecall &recall = m_wizard->recall();
    if (!recall.similar)
        return;
    m_useSimilar->hide();
    startFrom(recall.similar->mapping,
              tr("Columns as in %1 (%2).").arg(rememberedFrom(*recall.similar), recall.difference));
    rebuild();
    check();
    m_scroll->setFocus();
}

void ColumnsPage::presetChosen(int index)
{
    if (index <= 0) {
        chooseStart();
        rebuild();
        check();
        return;
    }
    const QString name = m_preset->itemData(index).toString();
    const QList<ImportPreset> &presets = m_wizard->presets();
    const auto found = std::find_if(presets.cbegin(), presets.cend(),
                                    [&name](const ImportPreset &p) { return p.name == name; });
    if (found == presets.cend())
        return;
    QString refusal;
    if (found->mapping.profile != m_builtProfile) {
        refusal = tr("The preset “%1” is for %2 files, and this file is imported as %3. Go back "
                     "to choose that profile, or choose another preset.")
                          .arg(name, profileLabel(found->mapping.profile),
                               profileLabel(m_builtProfile));
    } else if (const QStringList missing =
                       ImportMappings::missingColumns(found->mapping, m_headers);
               !missing.isEmpty()) {
        QStringList names;
        for (const QString &header : missing)
            names << quoted(header);
        refusal = tr("The preset “%1” names columns this file does not have: %2. Choose another "
                     "preset, or say here what each column holds.")
                          .arg(name, names.join(u", "_s));
    }
    m_useSimilar->hide();
    if (!refusal.isEmpty()) {
        const QSignalBlocker blocker(m_preset);
        m_preset->setCurrentIndex(0);
        startFrom(std::nullopt, refusal);
    } else {
        startFrom(found->mapping, tr("Columns as in the preset “%1”.").arg(name));
    }
    rebuild();
    check();
}

void ColumnsPage::rebuild()
{
    m_sections.clear();
    m_boxes = QList<QComboBox *>(m_headers.size(), nullptr);
    m_splitNotes = QList<QLabel *>(m_headers.size(), nullptr);
    m_forms = QList<QFormLayout *>(m_headers.size(), nullptr);
    m_examples = QStringList(m_headers.size());
    // An example value helps with a header such as “Navn 2”.
    for (int column = 0; column < m_headers.size(); ++column) {
        for (const QStringList &row : std::as_const(m_builtRows)) {
            m_examples[column] = row.value(column).trimmed();
            if (!m_examples.at(column).isEmpty())
                break;
        }
    }

    m_builtVersion = m_wizard->startingVersion();
    FileLayout layout = FileLayouts::forProfile(m_builtProfile, m_headers, m_builtRows);
    QList<Field> fields = layout.mapping;
    fields.resize(m_headers.size(), Field::Ignore);
    // Choices made for a file like this before (or a preset's) over the guess: each column by
    // its header, the guardians as they were.
    if (const auto &start = m_wizard->startingMapping()) {
        const auto chosen = ImportMappings::fieldsFor(*start, m_headers);
        for (int column = 0; column < m_headers.size(); ++column) {
            if (chosen.at(column))
                fields[column] = *chosen.at(column);
        }
        if (m_builtProfile == Profile::LearnersWithParents) {
            layout.groups = ImportMappings::guardianGroups(*start, m_headers);
            layout.unusedGuardianColumns.clear();
        }
    }
    QHash<int, QString> notes;

    Section own;
    if (m_builtProfile != Profile::LearnersWithParents) {
        for (int column = 0; column < m_headers.size(); ++column)
            own.columns.append(column);
        m_sections.append(own);
        if (m_builtProfile == Profile::Parent && layout.childColumn >= 0)
            notes.insert(layout.childColumn,
                         tr("Names each parent's child: the next step, Parent relationship, "
                            "uses it."));
    } else {
        own.title = tr("Learner");
        QList<Section> guardians;
        QSet<int> placed;
        for (const GuardianGroup &group : layout.groups) {
            Section section;
            section.title = group.label;
            section.guardian = true;
            for (qsizetype i = 0; i < group.columns.size(); ++i) {
                const int column = group.columns.at(i);
                if (column < 0 || column >= m_headers.size() || placed.contains(column))
                    continue;
                section.columns.append(column);
                fields[column] = group.fields.value(i);
                placed.insert(column);
            }
            // A guardian's column without a field ("Foresatt 1 mobil") stays with its guardian.
            for (int column : group.otherColumns) {
                if (column < 0 || column >= m_headers.size() || placed.contains(column))
                    continue;
                section.columns.append(column);
                fields[column] = Field::Ignore;
                placed.insert(column);
            }
            guardians.append(section);
        }
        // One that no guardian takes stays with the learner, ignored, and says why.
        for (int column : layout.unusedGuardianColumns) {
            if (column < 0 || column >= m_headers.size() || placed.contains(column))
                continue;
            fields[column] = Field::Ignore;
            placed.insert(column);
            own.columns.append(column);
            notes.insert(column, tr("Names a guardian, but no guardian group takes it, so it "
                                    "is not imported."));
        }
        for (int column = 0; column < m_headers.size(); ++column) {
            if (!placed.contains(column))
                own.columns.append(column);
        }
        // Each section in file order.
        std::sort(own.columns.begin(), own.columns.end());
        m_sections.append(own);
        for (Section &section : guardians) {
            std::sort(section.columns.begin(), section.columns.end());
            m_sections.append(section);
        }
    }

    // The old rows go with the old widget.
    auto *rows = new QWidget;
    rows->setObjectName(u"columnRows"_s);
    auto *rowsLayout = new QVBoxLayout(rows);
    // A little room between the sections' frames and the scroll bar.
    rowsLayout->setContentsMargins(0, 0, style()->pixelMetric(QStyle::PM_LayoutRightMargin) / 2, 0);
    QList<QFormLayout *> forms;
    for (int index = 0; index < m_sections.size(); ++index) {
        const Section &section = m_sections.at(index);
        QWidget *parent = rows;
        QFormLayout *form = nullptr;
        if (section.title.isEmpty()) {
            form = new QFormLayout;
            rowsLayout->addLayout(form);
        } else {
            auto *box = new QGroupBox(section.title, rows);
            box->setObjectName(section.guardian ? u"guardianSection%1"_s.arg(index)
                                                : u"learnerSection"_s);
            form = new QFormLayout(box);
            parent = box;
            rowsLayout->addWidget(box);
        }
        // The notes wrap in the width there is; the drop-downs keep theirs.
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
        for (int column : section.columns)
            addColumn(form, parent, column, fields.at(column), notes.value(column));
        forms.append(form);
    }
    rowsLayout->addStretch();

    // One column of labels through every section, so that the drop-downs line up.
    int labelWidth = 0;
    QList<QLabel *> labels;
    for (QFormLayout *form : std::as_const(forms)) {
        for (int row = 0; row < form->rowCount(); ++row) {
            QLayoutItem *item = form->itemAt(row, QFormLayout::LabelRole);
            if (auto *label = item ? qobject_cast<QLabel *>(item->widget()) : nullptr) {
                labels.append(label);
                labelWidth = std::max(labelWidth, label->sizeHint().width());
            }
        }
    }
    for (QLabel *label : std::as_const(labels))
        label->setMinimumWidth(labelWidth);

    m_scroll->setWidget(rows); // deletes the widget of the rows before
}

void ColumnsPage::addColumn(QFormLayout *form, QWidget *parent, int column, Field field,
                            const QString &note)
{
    const QString header = m_headers.at(column);
    auto *box = new QComboBox(parent);
    box->setObjectName(u"column%1"_s.arg(column));
    box->addItem(Fields::label(Field::Ignore), int(Field::Ignore));
    for (Field each : Fields::all())
        box->addItem(Fields::label(each), int(each));
    box->setCurrentIndex(box->findData(int(field)));
    box->setAccessibleName(tr("Column “%1”").arg(header));
    QString example = m_examples.at(column);
    if (example.size() > 30)
        example = example.left(29) + u'…';
    if (!example.isEmpty()) {
        box->setToolTip(tr("For example “%1”").arg(example));
        box->setAccessibleDescription(box->toolTip());
    }

    auto *label = new QLabel(
            header.isEmpty() ? tr("(column %1 has no name)").arg(column + 1) : header, parent);
    label->setTextFormat(Qt::PlainText);
    label->setBuddy(box);
    // Right-aligned beside its drop-down, also where a wider label sets the column's width.
    label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    auto *fieldWidget = new QWidget(parent);
    auto *line = new QHBoxLayout(fieldWidget);
    line->setContentsMargins(0, 0, 0, 0);
    line->addWidget(box);
    auto *sample =
            new QLabel(example.isEmpty() ? QString() : tr("e.g. %1").arg(example), fieldWidget);
    sample->setTextFormat(Qt::PlainText);
    sample->setForegroundRole(QPalette::PlaceholderText);
    line->addWidget(sample);
    line->addStretch();
    form->addRow(label, fieldWidget);

    // The notes are rows of their own under the drop-down, so that the label stays level with it.
    // A full name is split at the import: the page shows how, never silently.
    auto *split = new QLabel(parent);
    split->setObjectName(u"split%1"_s.arg(column));
    split->setTextFormat(Qt::PlainText);
    split->setWordWrap(true);
    form->addRow(nullptr, split);
    form->setRowVisible(split, false);
    m_splitNotes[column] = split;
    m_forms[column] = form;
    if (!note.isEmpty()) {
        auto *why = new QLabel(note, parent);
        why->setObjectName(u"note%1"_s.arg(column));
        why->setTextFormat(Qt::PlainText);
        why->setWordWrap(true);
        why->setForegroundRole(QPalette::PlaceholderText);
        form->addRow(nullptr, why);
        box->setAccessibleDescription(
                QStringList({box->accessibleDescription(), note}).join(u' ').trimmed());
    }
    m_boxes[column] = box;
    connect(box, &QComboBox::currentIndexChanged, this, &ColumnsPage::check);
}

QList<Field> ColumnsPage::mapping() const
{
    QList<Field> fields;
    for (const QComboBox *box : m_boxes)
        fields.append(box ? Field(box->currentData().toInt()) : Field::Ignore);
    return fields;
}

QStringList ColumnsPage::sectionProblems(const Section &section, const QList<Field> &all) const
{
    QList<Field> fields;
    for (int column : section.columns)
        fields.append(all.value(column));

    QStringList problems;
    for (Field field : Fields::all()) {
        QStringList columns;
        for (int column : section.columns) {
            if (all.value(column) == field)
                columns << quoted(m_headers.value(column));
        }
        if (columns.size() < 2)
            continue;
        if (section.title.isEmpty())
            problems << tr("%1 is chosen for %2 columns: %3. Choose it for one column only.")
                                .arg(Fields::label(field))
                                .arg(columns.size())
                                .arg(columns.join(tr(" and ")));
        else
            problems << tr("In “%1”, %2 is chosen for %3 columns: %4. Choose it for one column "
                           "only.")
                                .arg(section.title, Fields::label(field))
                                .arg(columns.size())
                                .arg(columns.join(tr(" and ")));
    }

    if (section.guardian) {
        // A guardian set aside entirely is not imported; one partly chosen must be complete.
        const bool any = std::any_of(fields.cbegin(), fields.cend(),
                                     [](Field field) { return field != Field::Ignore; });
        const bool named = fields.contains(Field::FirstName) || fields.contains(Field::FullName);
        const bool known = fields.contains(Field::Username) || fields.contains(Field::Email);
        if (any && (!named || !known))
            problems << tr("The guardian “%1” needs a column for the name (First name or Full "
                           "name) and one for the user name or the e-mail address. Choose them, "
                           "or set all of the guardian's columns to “%2” to leave this guardian "
                           "out.")
                                .arg(section.title, Fields::label(Field::Ignore));
        return problems;
    }
    for (Field field : Fields::all()) {
        if (!Fields::isRequired(field) || hasField(fields, field))
            continue;
        if (section.title.isEmpty())
            problems << tr("No column is chosen for %1, which every user needs. Choose the "
                           "column that holds it.")
                                .arg(Fields::label(field));
        else
            problems << tr("No column of “%1” is chosen for %2, which every learner needs. "
                           "Choose the column that holds it.")
                                .arg(section.title, Fields::label(field));
    }
    return problems;
}

QString ColumnsPage::problem() const
{
    const QList<Field> fields = mapping();
    QStringList problems;
    bool guardian = false;
    for (const Section &section : m_sections) {
        problems << sectionProblems(section, fields);
        if (section.guardian) {
            guardian = guardian || std::any_of(section.columns.cbegin(), section.columns.cend(),
                                               [&fields](int column) {
                                                   return fields.value(column) != Field::Ignore;
                                               });
        }
    }
    if (m_builtProfile == Profile::LearnersWithParents && !guardian)
        problems << tr("No column is chosen for a guardian. Choose the columns of at least one "
                       "guardian, or go back and import the file as learners.");
    return problems.join(u'\n');
}

void ColumnsPage::check()
{
    const QList<Field> fields = mapping();
    for (const Section &section : std::as_const(m_sections)) {
        QList<Field> own;
        for (int column : section.columns)
            own.append(fields.value(column));
        for (int column : section.columns) {
            QComboBox *box = m_boxes.at(column);
            const Field field = fields.at(column);
            const bool twice = field != Field::Ignore && own.count(field) > 1;
            for (int item = 0; item < box->count(); ++item)
                box->setItemIcon(item, twice && item == box->currentIndex()
                                               ? style()->standardIcon(QStyle::SP_MessageBoxWarning)
                                               : QIcon());
            box->setProperty("mappedTwice", twice);

            QLabel *split = m_splitNotes.at(column);
            if (field == Field::FullName) {
                const QString example = m_examples.at(column);
                if (example.isEmpty()) {
                    split->setText(tr("Split into first and last name: the last word is the "
                                      "last name, the words before it the first name."));
                } else {
                    const auto [firstName, lastName] = Fields::splitFullName(example);
                    split->setText(tr("Split into first and last name: “%1” → %2 | %3")
                                           .arg(example, firstName, lastName));
                }
            }
            m_forms.at(column)->setRowVisible(split, field == Field::FullName);
        }
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
    plan.guardianGroups.clear();
    // Not built yet for this file and profile: the engine guesses, as the page will.
    if (plan.filePath != m_builtPath || plan.profile != m_builtProfile)
        return;
    const QList<Field> fields = mapping();
    for (const Section &section : m_sections) {
        for (int column : section.columns)
            plan.mapOverrides.append(
                    {m_headers.at(column), section.guardian ? Field::Ignore : fields.at(column)});
    }
    if (m_builtProfile != Profile::LearnersWithParents)
        return;
    for (const Section &section : m_sections) {
        if (!section.guardian)
            continue;
        GuardianGroup group;
        group.label = section.title;
        for (int column : section.columns) {
            if (fields.at(column) == Field::Ignore)
                continue;
            group.columns.append(column);
            group.fields.append(fields.at(column));
        }
        if (group.columns.isEmpty())
            continue; // a guardian left out
        group.number = int(plan.guardianGroups.size()) + 1;
        plan.guardianGroups.append(group);
    }
}

} // namespace Rollbook
