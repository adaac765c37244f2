#include "personeditor.h"

#include "db/audit.h"
#include "db/background.h"
#include "db/database.h"
#include "itemmodels/usertablemodel.h"
#include "people/erasure.h"
#include "people/personstore.h"
#include "personcommands.h"
#include "personsearchdialog.h"

#include <QAction>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QStyle>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook {

namespace {

enum LinkColumn { LinkName, LinkUsername, LinkSyncKey, LinkRemove, LinkColumnCount };

QString nameOf(const Person &person)
{
    return person.fullName().isEmpty() ? person.username : person.fullName();
}

QLineEdit *field(const char *name, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QString::fromLatin1(name));
    edit->setMaxLength(PersonRules::maximumFieldLength + 1); // one more: the rule says so
    return edit;
}

} // namespace

PersonEditor::PersonEditor(Database *database, QUndoStack *undoStack, qint64 personId,
                           QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_undoStack(undoStack)
{
    setObjectName(u"personEditor"_s);
    m_person.id = personId;
    if (m_database) {
        if (auto found = PersonStore(m_database->connection()).find(personId);
            found && found.value())
            m_person = *found.value();
    }

    auto *layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"tabs"_s);
    m_tabs->setAccessibleName(tr("Sections"));
    layout->addWidget(m_tabs, 1);

    // General
    auto *general = new QWidget(m_tabs);
    general->setObjectName(u"generalTab"_s);
    auto *generalLayout = new QVBoxLayout(general);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto *profile = new QLabel(UserTableModel::profileLabel(m_person.profile), general);
    profile->setObjectName(u"profile"_s);
    form->addRow(tr("Profile:"), profile);
    m_firstName = field("firstName", general);
    form->addRow(tr("&First name:"), m_firstName);
    m_lastName = field("lastName", general);
    form->addRow(tr("&Last name:"), m_lastName);
    m_username = field("username", general);
    form->addRow(tr("&User name:"), m_username);
    m_syncKey = field("syncKey", general);
    form->addRow(tr("S&ynchronisation key:"), m_syncKey);
    m_email = field("email", general);
    m_email->setInputMethodHints(Qt::ImhEmailCharactersOnly);
    form->addRow(tr("E-&mail:"), m_email);

    m_password = field("password", general);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("None stored"));
    m_reveal = new QToolButton(general);
    m_reveal->setObjectName(u"revealPassword"_s);
    m_reveal->setText(tr("Sh&ow"));
    m_reveal->setCheckable(true);
    m_reveal->setFocusPolicy(Qt::StrongFocus);
    m_reveal->setToolTip(tr("Show or hide the initial password"));
    m_reveal->setAccessibleName(tr("Show password"));
    connect(m_reveal, &QToolButton::toggled, this, [this](bool shown) {
        m_password->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_reveal->setText(shown ? tr("Hi&de") : tr("Sh&ow"));
        m_reveal->setAccessibleName(shown ? tr("Hide password") : tr("Show password"));
    });
    auto *passwordRow = new QHBoxLayout;
    passwordRow->addWidget(m_password, 1);
    passwordRow->addWidget(m_reveal);
    auto *passwordLabel = new QLabel(tr("Initial &password:"), general);
    passwordLabel->setBuddy(m_password);
    form->addRow(passwordLabel, passwordRow);
    generalLayout->addLayout(form);

    m_problems = new QLabel(general);
    m_problems->setObjectName(u"problems"_s);
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->setStyleSheet(u"color: #b00020;"_s);
    m_problems->setAccessibleName(tr("Problems"));
    m_problems->hide();
    m_reopen = new QPushButton(tr("&Reopen"), general);
    m_reopen->setObjectName(u"reopen"_s);
    m_reopen->setToolTip(tr("Show this person as stored now; what you typed here is discarded"));
    m_reopen->setAutoDefault(false);
    m_reopen->hide();
    connect(m_reopen, &QPushButton::clicked, this, &PersonEditor::reopen);
    auto *problemRow = new QHBoxLayout;
    problemRow->addWidget(m_problems, 1);
    problemRow->addWidget(m_reopen, 0, Qt::AlignTop);
    generalLayout->addLayout(problemRow);
    generalLayout->addStretch();
    m_tabs->addTab(general, tr("General"));

    // Parent, or Children: the people linked.
    if (m_person.isLearner() || m_person.isParent()) {
        const bool learner = m_person.isLearner();
        auto *links = new QWidget(m_tabs);
        links->setObjectName(u"linksTab"_s);
        auto *linksLayout = new QVBoxLayout(links);
        auto *top = new QHBoxLayout;
        auto *linksLabel = new QLabel(learner ? tr("P&arents of %1:").arg(nameOf(m_person))
                                              : tr("C&hildren of %1:").arg(nameOf(m_person)),
                                      links);
        top->addWidget(linksLabel, 1);
        m_add = new QPushButton(learner ? tr("+ &Parent") : tr("+ &Child"), links);
        m_add->setObjectName(u"addLink"_s);
        m_add->setToolTip(learner ? tr("Search for parents and link them to this learner")
                                  : tr("Search for learners and link them to this parent"));
        m_add->setAutoDefault(false);
        top->addWidget(m_add);
        linksLayout->addLayout(top);

        m_links = new QTableWidget(0, LinkColumnCount, links);
        m_links->setObjectName(u"links"_s);
        linksLabel->setBuddy(m_links);
        m_links->setHorizontalHeaderLabels(
                {tr("Name"), tr("User name"), tr("Synchronisation key"), tr("Remove")});
        m_links->setAccessibleDescription(tr("Delete removes the person of the current row."));
        m_links->setSelectionBehavior(QAbstractItemView::SelectRows);
        m_links->setSelectionMode(QAbstractItemView::SingleSelection);
        m_links->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_links->setTabKeyNavigation(false);
        m_links->verticalHeader()->hide();
        m_links->horizontalHeader()->setSectionResizeMode(LinkName, QHeaderView::Stretch);
        m_links->setColumnWidth(LinkUsername, 120);
        m_links->setColumnWidth(LinkSyncKey, 150);
        m_links->horizontalHeader()->setSectionResizeMode(LinkRemove, QHeaderView::Fixed);
        m_links->setColumnWidth(LinkRemove, 70);
        linksLayout->addWidget(m_links, 1);

        m_linksStatus = new QLabel(links);
        m_linksStatus->setObjectName(u"linksStatus"_s);
        m_linksStatus->setWordWrap(true);
        linksLayout->addWidget(m_linksStatus);
        m_tabs->addTab(links, learner ? tr("Parent") : tr("Children"));

        connect(m_add, &QPushButton::clicked, this, &PersonEditor::addLinks);
        // Delete removes the current row's person, as the row's button does.
        auto *remove =
                new QShortcut(QKeySequence::Delete, m_links, nullptr, nullptr, Qt::WidgetShortcut);
        connect(remove, &QShortcut::activated, this, [this] {
            const int row = m_links->currentRow();
            if (row >= 0 && row < m_linked.size())
                removeLink(m_linked.at(row).id);
        });
    }

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(u"save"_s);
    m_buttons->button(QDialogButtonBox::Save)->setToolTip(tr("Save the General tab"));
    m_buttons->button(QDialogButtonBox::Close)->setObjectName(u"close"_s);
    m_erase = m_buttons->addButton(tr("&Erase…"), QDialogButtonBox::ResetRole);
    m_erase->setObjectName(u"erase"_s);
    m_erase->setToolTip(tr("Erase this person from Rollbook and its backups, on their request"));
    m_erase->setAutoDefault(false);
    connect(m_erase, &QPushButton::clicked, this, &PersonEditor::erase);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // The window's Edit menu is out of reach while this dialog is open: its Undo and Redo keys
    // work here too (a text field keeps them for its own text).
    if (m_undoStack) {
        QAction *undo = m_undoStack->createUndoAction(this, tr("&Undo"));
        undo->setShortcut(QKeySequence::Undo);
        undo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(undo);
        QAction *redo = m_undoStack->createRedoAction(this, tr("&Redo"));
        redo->setShortcut(QKeySequence::Redo);
        redo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(redo);
    }
    // Undo and redo elsewhere change what this dialog shows.
    if (m_undoStack)
        connect(m_undoStack, &QUndoStack::indexChanged, this, [this] {
            loadLinks();
            if (!m_buttons->button(QDialogButtonBox::Save)->isEnabled())
                loadPerson();
        });
    const auto edited = [this] {
        const bool changed = editedPerson().firstName != m_person.firstName ||
                             editedPerson().lastName != m_person.lastName ||
                             editedPerson().username != m_person.username ||
                             editedPerson().syncKey != m_person.syncKey ||
                             editedPerson().email != m_person.email ||
                             editedPerson().password != m_person.password;
        m_buttons->button(QDialogButtonBox::Save)->setEnabled(changed);
    };
    for (QLineEdit *edit : {m_firstName, m_lastName, m_username, m_syncKey, m_email, m_password})
        connect(edit, &QLineEdit::textChanged, this, edited);

    loadPerson();
    loadLinks();
    resize(560, 440);
    m_firstName->setFocus();
}

PersonSearchDialog *PersonEditor::searchDialog() const
{
    return m_search;
}

void PersonEditor::loadPerson()
{
    if (m_database) {
        if (auto found = PersonStore(m_database->connection()).find(m_person.id);
            found && found.value())
            m_person = *found.value();
    }
    m_firstName->setText(m_person.firstName);
    m_lastName->setText(m_person.lastName);
    m_username->setText(m_person.username);
    m_syncKey->setText(m_person.syncKey);
    m_email->setText(m_person.email);
    m_password->setText(m_person.password);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);
    m_reopen->hide();
    setWindowTitle(m_person.isParent()    ? tr("Parent: %1").arg(nameOf(m_person))
                   : m_person.isLearner() ? tr("Learner: %1").arg(nameOf(m_person))
                                          : tr("User: %1").arg(nameOf(m_person)));
}

QString PersonEditor::linkedProfile() const
{
    return m_person.isLearner() ? u"parent"_s : u"learner"_s;
}

void PersonEditor::loadLinks()
{
    if (!m_links)
        return;
    m_linked.clear();
    if (m_database) {
        auto linked = PersonStore(m_database->connection()).linkedTo(m_person.id);
        if (linked)
            m_linked = linked.value();
        else
            m_linksStatus->setText(linked.error().message);
    }
    const int current = m_links->currentRow();
    m_links->setRowCount(int(m_linked.size()));
    for (int row = 0; row < m_linked.size(); ++row) {
        const Person &other = m_linked.at(row);
        m_links->setItem(row, LinkName, new QTableWidgetItem(nameOf(other)));
        m_links->setItem(row, LinkUsername, new QTableWidgetItem(other.username));
        m_links->setItem(row, LinkSyncKey, new QTableWidgetItem(other.syncKey));
        auto *remove = new QToolButton(m_links);
        remove->setObjectName(u"remove-%1"_s.arg(other.username));
        remove->setIcon(style()->standardIcon(QStyle::SP_TrashIcon));
        remove->setAutoRaise(true);
        remove->setToolTip(tr("Remove %1").arg(nameOf(other)));
        remove->setAccessibleName(tr("Remove %1").arg(nameOf(other)));
        const qint64 id = other.id;
        connect(remove, &QToolButton::clicked, this, [this, id] { removeLink(id); });
        m_links->setCellWidget(row, LinkRemove, remove);
    }
    if (!m_linked.isEmpty())
        m_links->setCurrentCell(std::clamp(current, 0, int(m_linked.size()) - 1), LinkName);
    const bool learner = m_person.isLearner();
    if (m_linked.isEmpty())
        m_linksStatus->setText(learner ? tr("No parent is linked to this learner yet. Use + "
                                            "Parent to add one.")
                                       : tr("No child is linked to this parent yet. Use + Child "
                                            "to add one."));
    else
        m_linksStatus->setText(
                tr("Changes here are saved at once. %1 (Edit > Undo) takes them back.")
                        .arg(QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)));
}

Person PersonEditor::editedPerson() const
{
    Person person = m_person;
    person.firstName = m_firstName->text().trimmed();
    person.lastName = m_lastName->text().trimmed();
    person.username = m_username->text().trimmed();
    person.syncKey = m_syncKey->text().trimmed();
    person.email = m_email->text().trimmed();
    person.password = m_password->text();
    return person;
}

void PersonEditor::showProblems(const QStringList &messages, QWidget *first)
{
    m_problems->setText(messages.join(u'\n'));
    m_problems->setVisible(!messages.isEmpty());
    m_reopen->hide();
    if (first) {
        m_tabs->setCurrentIndex(0);
        first->setFocus();
    }
}

bool PersonEditor::save()
{
    if (!m_database)
        return false;
    const Person after = editedPerson();
    const auto problems = PersonStore(m_database->connection()).validate(after);
    if (!problems) {
        showProblems({problems.error().message}, nullptr);
        return false;
    }
    if (!problems->isEmpty()) {
        QStringList messages;
        for (const FieldProblem &problem : problems.value())
            messages.append(problem.message);
        const QMap<Field, QLineEdit *> fields = {
                {Field::FirstName, m_firstName}, {Field::LastName, m_lastName},
                {Field::Username, m_username},   {Field::SyncKey, m_syncKey},
                {Field::Email, m_email},         {Field::Password, m_password}};
        showProblems(messages, fields.value(problems->first().field));
        return false;
    }
    showProblems({}, nullptr);
    if (!m_buttons->button(QDialogButtonBox::Save)->isEnabled())
        return true; // nothing changed
    auto command = std::make_unique<EditPersonCommand>(m_database, this, m_person, after);
    if (const Status done = command->apply(); !done) {
        showProblems({done.error().message}, nullptr);
        // Someone changed the person since it was opened: what was typed stays, and Reopen
        // shows their change.
        const auto now = PersonStore(m_database->connection()).find(m_person.id);
        m_reopen->setVisible(now && now.value() && now.value()->version != m_person.version);
        if (m_reopen->isVisible())
            m_reopen->setFocus();
        return false;
    }
    if (m_undoStack)
        m_undoStack->push(command.release());
    loadPerson();
    return true;
}

void PersonEditor::reopen()
{
    loadPerson();
    loadLinks();
    showProblems({}, nullptr);
    m_firstName->setFocus();
}

void PersonEditor::addLinks()
{
    if (!m_database)
        return;
    if (PersonSearchDialog *open = m_search.data(); open != nullptr) {
        if (open->isVisible())
            return;
    }
    QSet<qint64> linked;
    for (const Person &other : std::as_const(m_linked))
        linked.insert(other.id);
    auto *search = new PersonSearchDialog(m_database, linkedProfile(), linked, this);
    search->setAttribute(Qt::WA_DeleteOnClose);
    connect(search, &QDialog::accepted, this, &PersonEditor::linkChecked);
    m_search = search;
    search->open();
}

void PersonEditor::linkChecked()
{
    if (!m_search)
        return;
    QList<qint64> ids = m_search->checkedIds().values();
    std::sort(ids.begin(), ids.end());
    if (ids.isEmpty())
        return;
    PersonStore store(m_database->connection());
    QStringList refused;
    if (m_undoStack)
        m_undoStack->beginMacro(m_person.isLearner()
                                        ? tr("Link %n parent(s) to %1", nullptr, int(ids.size()))
                                                  .arg(nameOf(m_person))
                                        : tr("Link %n child(ren) to %1", nullptr, int(ids.size()))
                                                  .arg(nameOf(m_person)));
    for (const qint64 id : std::as_const(ids)) {
        const auto other = store.find(id);
        if (!other || !other.value())
            continue;
        const Person &parent = m_person.isLearner() ? *other.value() : m_person;
        const Person &learner = m_person.isLearner() ? m_person : *other.value();
        auto command = std::make_unique<LinkCommand>(m_database, this, parent, learner, true);
        if (const Status done = command->apply(); !done) {
            refused.append(done.error().message);
            continue;
        }
        if (m_undoStack)
            m_undoStack->push(command.release());
    }
    if (m_undoStack)
        m_undoStack->endMacro();
    loadLinks();
    if (!refused.isEmpty())
        QMessageBox::warning(this, windowTitle(), refused.join(u'\n'));
}

void PersonEditor::removeLink(qint64 otherId)
{
    if (!m_database)
        return;
    const auto it = std::find_if(m_linked.cbegin(), m_linked.cend(),
                                 [otherId](const Person &p) { return p.id == otherId; });
    if (it == m_linked.cend())
        return;
    const Person &parent = m_person.isLearner() ? *it : m_person;
    const Person &learner = m_person.isLearner() ? m_person : *it;
    // Asks nothing: Edit > Undo takes it back.
    auto command = std::make_unique<LinkCommand>(m_database, this, parent, learner, false);
    if (const Status done = command->apply(); !done) {
        QMessageBox::warning(this, windowTitle(), done.error().message);
        loadLinks();
        return;
    }
    if (m_undoStack)
        m_undoStack->push(command.release());
    loadLinks();
    m_links->setFocus();
}

void PersonEditor::erase()
{
    if (!m_database)
        return;
    const auto planned = Erasure::plan(m_database->connection(), {m_person.username});
    if (!planned) {
        QMessageBox::warning(this, tr("Erase"), planned.error().message);
        return;
    }
    const auto named = [](const Person &person) {
        return tr("%1 (%2)").arg(nameOf(person), person.username);
    };
    QMessageBox box(QMessageBox::Warning, tr("Erase"),
                    tr("Erase %1 from Rollbook?").arg(named(m_person)), QMessageBox::Cancel, this);
    box.setObjectName(u"confirmErase"_s);
    box.setInformativeText(
            tr("Rollbook removes the person, their links, their values in the undo records and "
               "import history, and their name from the audit (the rows stay, marked “(erased)”), "
               "in this database and in every backup beside it. This cannot be undone."));
    QStringList parents;
    for (const Person &parent : planned->orphanedParents)
        parents.append(named(parent));
    if (!parents.isEmpty()) {
        auto *withParents = new QCheckBox(tr("Also erase the parents who would have no child "
                                             "left: %1")
                                                  .arg(parents.join(u", "_s)),
                                          &box);
        withParents->setObjectName(u"eraseParents"_s);
        box.setCheckBox(withParents);
    }
    QPushButton *confirm = box.addButton(tr("Erase"), QMessageBox::DestructiveRole);
    confirm->setObjectName(u"confirmEraseButton"_s);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != confirm)
        return;
    QList<Person> people = planned->people;
    if (box.checkBox() && box.checkBox()->isChecked())
        people += planned->orphanedParents;

    // Backups are rewritten too: in the background, the dialog waiting.
    setEnabled(false);
    setCursor(Qt::BusyCursor);
    auto *watcher = new QFutureWatcher<Result<Erasure::Erased>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        setEnabled(true);
        unsetCursor();
        const auto done = watcher->result();
        if (!done) {
            QMessageBox::warning(this, tr("Erase"), done.error().message);
            return;
        }
        // Earlier steps may name the erased people: they can no longer be undone or redone.
        if (m_undoStack)
            m_undoStack->clear();
        const QString summary = Erasure::summary(done.value());
        emit erased(summary);
        accept();
    });
    watcher->setFuture(runWithDatabase(m_database->path(), [people](Database &db) {
        QSqlDatabase connection = db.connection();
        return Erasure::erase(connection, people, Audit::currentActor());
    }));
}

} // namespace Rollbook
