#pragma once

#include <QDialog>
#include <QSet>

class QLabel;
class QPushButton;
class QLineEdit;
class QTableView;
class QTimer;

namespace Rollbook {

class Database;
class UserTableModel;

// "+ Parent" and "+ Child": a search field and the matching people of one profile, each with a
// check box. OK links every checked person; Cancel links none. People already linked show
// checked and greyed. Keyboard: type, Down to the list, Space checks, Enter is OK.
class PersonSearchDialog : public QDialog
{
    Q_OBJECT

public:
    // `profile`: parent or learner, the people listed. `linked`: who is linked already.
    PersonSearchDialog(Database *database, const QString &profile, const QSet<qint64> &linked,
                       QWidget *parent = nullptr);

    QSet<qint64> checkedIds() const;
    UserTableModel *model() const { return m_model; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateState();

    UserTableModel *m_model = nullptr;
    QLineEdit *m_search = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_status = nullptr;
    QTimer *m_debounce = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace Rollbook
