#include "personsearchdialog.h"

#include "db/database.h"
#include "itemmodels/usertablemodel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook {

PersonSearchDialog::PersonSearchDialog(Database *database, const QString &profile,
                                       const QSet<qint64> &linked, QWidget *parent)
    : QDialog(parent)
    , m_model(new UserTableModel(this))
    , m_debounce(new QTimer(this))
{
    const bool parents = profile == u"parent"_s;
    setWindowTitle(parents ? tr("Add parents") : tr("Add children"));
    setObjectName(u"personSearch"_s);
    resize(640, 420);

    auto *layout = new QVBoxLayout(this);
    auto *searchLabel =
            new QLabel(parents ? tr("&Search for parents:") : tr("&Search for learners:"), this);
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"search"_s);
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Name, user name, synchronisation key or e-mail"));
    searchLabel->setBuddy(m_search);
    layout->addWidget(searchLabel);
    layout->addWidget(m_search);

    m_model->setCheckable(true);
    m_model->setShowsEditColumn(false);
    m_model->setProfile(profile);
    m_model->setLocked(linked);
    m_model->setDatabase(database ? database->connection() : QSqlDatabase());

    m_view = new QTableView(this);
    m_view->setObjectName(u"results"_s);
    m_view->setAccessibleName(parents ? tr("Matching parents") : tr("Matching learners"));
    m_view->setAccessibleDescription(tr("Space checks or unchecks the current person."));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->hideColumn(UserTableModel::Profile);
    // Fits the dialog without a horizontal scroll bar; the name takes what is left.
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(UserTableModel::Name, QHeaderView::Stretch);
    m_view->setColumnWidth(UserTableModel::Username, 110);
    m_view->setColumnWidth(UserTableModel::SyncKey, 140);
    m_view->setColumnWidth(UserTableModel::Email, 150);
    m_view->setColumnWidth(UserTableModel::Linked, 80);
    layout->addWidget(m_view, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(u"status"_s);
    layout->addWidget(m_status);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(u"ok"_s);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(u"cancel"_s);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // Search as the user types, once they pause.
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, [this] { m_model->setSearch(m_search->text()); });
    connect(m_model, &UserTableModel::reloaded, this, &PersonSearchDialog::updateState);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &PersonSearchDialog::updateState);
    m_search->installEventFilter(this);
    m_view->installEventFilter(this);
    updateState();
}

QSet<qint64> PersonSearchDialog::checkedIds() const
{
    return m_model->checkedIds();
}

bool PersonSearchDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Down from the search field goes to the list, as in a search box anywhere.
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Down || key->key() == Qt::Key_PageDown) &&
            m_model->rowCount() > 0) {
            if (m_debounce->isActive()) {
                m_debounce->stop();
                m_model->setSearch(m_search->text());
            }
            m_view->setFocus();
            if (!m_view->currentIndex().isValid())
                m_view->setCurrentIndex(m_model->index(0, UserTableModel::Name));
            return true;
        }
    }
    // Space checks the person of the current row, whichever column the cursor is in.
    if (watched == m_view && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Space &&
        m_view->currentIndex().isValid()) {
        const QModelIndex name = m_model->index(m_view->currentIndex().row(), UserTableModel::Name);
        const bool checked = name.data(Qt::CheckStateRole).value<Qt::CheckState>() == Qt::Checked;
        m_model->setData(name, checked ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole);
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

void PersonSearchDialog::updateState()
{
    const qsizetype checked = m_model->checkedIds().size();
    if (m_model->rowCount() == 0)
        m_status->setText(m_model->search().isEmpty()
                                  ? tr("There is no one to add.")
                                  : tr("No one matches “%1”.").arg(m_model->search()));
    else
        m_status->setText(tr("%n checked", nullptr, int(checked)));
    m_ok->setEnabled(checked > 0);
}

} // namespace Rollbook
