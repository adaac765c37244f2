#include "userspage.h"

#include "db/database.h"
#include "itemmodels/usertablemodel.h"
#include "pageheader.h"
#include "personeditor.h"
#include "settings/settingsstore.h"
#include "welcomewidget.h"

#include <QComboBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QIdentityProxyModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QShowEvent>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook {

namespace {

// The model knows nothing of icons (models/ has no GUI); this puts the edit icon in its Edit
// column.
class EditIconProxy : public QIdentityProxyModel
{
public:
    EditIconProxy(const QIcon &icon, QObject *parent)
        : QIdentityProxyModel(parent)
        , m_icon(icon)
    {}

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::DecorationRole && index.column() == UserTableModel::Edit)
            return m_icon;
        return QIdentityProxyModel::data(index, role);
    }

private:
    QIcon m_icon;
};

// Enter opens the current row's editor; the view itself would only move on.
class EnterFilter : public QObject
{
public:
    EnterFilter(std::function<void()> onEnter, QObject *parent)
        : QObject(parent)
        , m_onEnter(std::move(onEnter))
    {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::KeyPress) {
            const int key = static_cast<QKeyEvent *>(event)->key();
            if (key == Qt::Key_Return || key == Qt::Key_Enter) {
                m_onEnter();
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_onEnter;
};

} // namespace

UsersPage::UsersPage(QUndoStack *undoStack, QWidget *parent)
    : Page(parent)
    , m_undoStack(undoStack)
    , m_model(new UserTableModel(this))
    , m_debounce(new QTimer(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new PageHeader(title(), u"users"_s, this));
    m_sampleBanner = createSampleBanner();
    layout->addWidget(m_sampleBanner);

    // The table with its filters, or the welcome while nobody is here.
    m_content = new QStackedWidget(this);
    m_table = new QWidget(m_content);
    auto *tableLayout = new QVBoxLayout(m_table);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    m_welcome = new WelcomeWidget(m_content);
    m_content->addWidget(m_table);
    m_content->addWidget(m_welcome);
    layout->addWidget(m_content, 1);

    auto *filters = new QHBoxLayout;
    auto *searchLabel = new QLabel(tr("&Search:"), m_table);
    m_search = new QLineEdit(m_table);
    m_search->setObjectName(u"search"_s);
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Name, user name, synchronisation key or e-mail"));
    m_search->setToolTip(tr("Shows the people with a name, user name, synchronisation key or "
                            "e-mail address that begins with each word typed"));
    searchLabel->setBuddy(m_search);
    filters->addWidget(searchLabel);
    filters->addWidget(m_search, 1);
    filters->addSpacing(12);
    auto *profileLabel = new QLabel(tr("P&rofile:"), m_table);
    m_profile = new QComboBox(m_table);
    m_profile->setObjectName(u"profile"_s);
    m_profile->addItem(tr("All profiles"), QString());
    m_profile->addItem(tr("Learners"), u"learner"_s);
    m_profile->addItem(tr("Parents"), u"parent"_s);
    m_profile->addItem(tr("Staff"), u"staff"_s);
    profileLabel->setBuddy(m_profile);
    filters->addWidget(profileLabel);
    filters->addWidget(m_profile);
    tableLayout->addLayout(filters);

    // A pencil where the desktop has one; else the style's "details" icon.
    auto *proxy = new EditIconProxy(
            QIcon::fromTheme(u"document-edit"_s,
                             style()->standardIcon(QStyle::SP_FileDialogContentsView)),
            this);
    proxy->setSourceModel(m_model);
    m_view = new QTableView(m_table);
    m_view->setObjectName(u"users"_s);
    m_view->setAccessibleName(tr("Users"));
    m_view->setAccessibleDescription(tr("Enter or a double-click opens the person's editor."));
    m_view->setModel(proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    // Fixed row heights: the view never measures rows it has not shown.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(true);
    header->setSortIndicator(UserTableModel::Name, Qt::AscendingOrder);
    header->setHighlightSections(false);
    // Name and e-mail share the room there is, so that the table fits the window's default
    // size without a horizontal scroll bar; the edit icon stays at the right edge.
    m_view->setColumnWidth(UserTableModel::Username, 110);
    m_view->setColumnWidth(UserTableModel::SyncKey, 140);
    m_view->setColumnWidth(UserTableModel::Profile, 70);
    m_view->setColumnWidth(UserTableModel::Linked, 110);
    header->setMinimumSectionSize(36);
    header->setSectionResizeMode(UserTableModel::Name, QHeaderView::Stretch);
    header->setSectionResizeMode(UserTableModel::Email, QHeaderView::Stretch);
    header->setSectionResizeMode(UserTableModel::Edit, QHeaderView::Fixed);
    m_view->setColumnWidth(UserTableModel::Edit, 36);
    header->setStretchLastSection(false);
    tableLayout->addWidget(m_view, 1);

    m_status = new QLabel(m_table);
    m_status->setObjectName(u"status"_s);
    m_status->setWordWrap(true);
    tableLayout->addWidget(m_status);
    // What the last erasure did, until another database is opened.
    m_notice = new QLabel(m_table);
    m_notice->setObjectName(u"notice"_s);
    m_notice->setWordWrap(true);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notice->hide();
    tableLayout->addWidget(m_notice);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);
    connect(m_search, &QLineEdit::textChanged, this, [this] {
        if (m_debounce->interval() == 0)
            applySearch();
        else
            m_debounce->start();
    });
    connect(m_debounce, &QTimer::timeout, this, &UsersPage::applySearch);
    connect(m_profile, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setProfile(m_profile->currentData().toString()); });
    connect(header, &QHeaderView::sortIndicatorChanged, this,
            [this, header](int column, Qt::SortOrder order) {
                if (!UserTableModel::isSortable(column)) {
                    // Counts and icons have no order of their own: keep the one there is.
                    const QSignalBlocker blocker(header);
                    header->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
                    return;
                }
                m_model->sort(column, order);
            });
    connect(m_model, &UserTableModel::reloaded, this, &UsersPage::showState);
    connect(m_model, &UserTableModel::failed, this, [this](const QString &message) {
        m_status->setText(tr("The users could not be read: %1").arg(message));
    });
    connect(m_view, &QAbstractItemView::doubleClicked, this,
            [this](const QModelIndex &index) { openEditor(index.row()); });
    connect(m_view, &QAbstractItemView::clicked, this, [this](const QModelIndex &index) {
        if (index.column() == UserTableModel::Edit)
            openEditor(index.row());
    });
    m_view->installEventFilter(new EnterFilter(
            [this] {
                if (m_view->currentIndex().isValid())
                    openEditor(m_view->currentIndex().row());
            },
            this));
    // Undo, redo and the editor change people and links: show what is stored now.
    if (m_undoStack)
        connect(m_undoStack, &QUndoStack::indexChanged, m_model, &UserTableModel::refresh);

    setDatabase(nullptr);
}

QString UsersPage::title() const
{
    return tr("Users and access rights");
}

void UsersPage::setDatabase(Database *database)
{
    m_database = database;
    m_notice->clear();
    m_notice->hide();
    if (m_editor)
        m_editor->close();
    setEnabled(m_database != nullptr);
    // One setting read by its key, with the first page of people that follows.
    m_sampleBanner->setVisible(
            m_database &&
            SettingsStore(m_database->connection()).text(SettingsStore::SampleSchool) == u"true"_s);
    m_model->setDatabase(m_database ? m_database->connection() : QSqlDatabase());
}

void UsersPage::refresh()
{
    if (m_database)
        m_model->refresh();
}

bool UsersPage::showsWelcome() const
{
    return m_content->currentWidget() == m_welcome;
}

QFrame *UsersPage::createSampleBanner()
{
    auto *banner = new QFrame(this);
    banner->setObjectName(u"sampleBanner"_s);
    banner->setAccessibleName(tr("Sample school"));
    // The selection colour, faint: a note to keep in mind, not a warning.
    const QPalette colours = palette();
    const auto blend = [&colours](qreal amount) {
        const QColor base = colours.color(QPalette::Base);
        const QColor tint = colours.color(QPalette::Highlight);
        return QColor::fromRgbF(base.redF() + (tint.redF() - base.redF()) * amount,
                                base.greenF() + (tint.greenF() - base.greenF()) * amount,
                                base.blueF() + (tint.blueF() - base.blueF()) * amount);
    };
    banner->setStyleSheet(u"QFrame#sampleBanner { background-color: %1; border: 1px solid %2; "
                          u"border-radius: 4px; }"_s.arg(blend(0.12).name(), blend(0.45).name()));
    auto *row = new QHBoxLayout(banner);
    row->setContentsMargins(10, 8, 10, 8);
    row->setSpacing(10);
    auto *icon = new QLabel(banner);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize) + 8;
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxInformation).pixmap(size, size));
    icon->setAlignment(Qt::AlignTop);
    row->addWidget(icon);
    auto *text = new QLabel(tr("This is a sample school made up by Rollbook to try things on; "
                               "nothing here is real. File > Open Database… takes you back to "
                               "your own."),
                            banner);
    text->setObjectName(u"sampleBannerText"_s);
    text->setWordWrap(true);
    text->setTextFormat(Qt::PlainText);
    row->addWidget(text, 1);
    banner->setAccessibleDescription(text->text());
    banner->hide();
    return banner;
}

void UsersPage::showEvent(QShowEvent *event)
{
    // An import, or its undoing, may have changed who is here since the page was last shown.
    if (m_database && !event->spontaneous())
        m_model->refresh();
    Page::showEvent(event);
}

PersonEditor *UsersPage::editor() const
{
    return m_editor;
}

void UsersPage::setSearchDelay(int milliseconds)
{
    m_debounce->setInterval(milliseconds);
}

void UsersPage::applySearch()
{
    m_debounce->stop();
    m_model->setSearch(m_search->text());
}

void UsersPage::showState()
{
    if (!m_database) {
        m_status->setText(tr("Open a database to see its users."));
    } else if (m_model->rowCount() == 0) {
        m_status->setText(m_model->search().isEmpty()
                                  ? tr("No one here yet. Import learners, then their parents, "
                                       "with Import users from file.")
                                  : tr("No one’s name, user name, synchronisation key or "
                                       "e-mail begins with “%1”.")
                                            .arg(m_model->search()));
    } else {
        m_status->clear();
    }
    m_status->setVisible(!m_status->text().isEmpty());
    // Nobody at all (not merely nobody found): the welcome. A search or filter the user set
    // stays in view with its table, and so does a database that could not be read.
    const bool nobody = m_database && m_model->lastError().isEmpty() &&
                        m_model->search().isEmpty() && m_model->profile().isEmpty() &&
                        m_model->rowCount() == 0;
    m_content->setCurrentWidget(nobody ? static_cast<QWidget *>(m_welcome) : m_table);
}

PersonEditor *UsersPage::openEditor(int row)
{
    const qint64 id = m_model->personId(row);
    if (!m_database || id < 0)
        return nullptr;
    if (m_editor)
        m_editor->close();
    auto *editor = new PersonEditor(m_database, m_undoStack, id, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &PersonEditor::erased, this, [this](const QString &summary) {
        m_notice->setText(summary);
        m_notice->show();
        refresh();
    });
    m_editor = editor;
    editor->open();
    return editor;
}

QList<qint64> UsersPage::selectedPersonIds() const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    ids.reserve(rows.size());
    for (const QModelIndex &row : rows)
        ids.append(m_model->personId(row.row()));
    return ids;
}

} // namespace Rollbook
