#pragma once

#include "page.h"

#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;
class QUndoStack;

namespace Rollbook {

class PersonEditor;
class UserTableModel;

// Users and access rights (DESIGN §1.2): every person in one table that fetches from the
// database as it scrolls, a search field that filters as the user types (after a short pause),
// a profile filter, sorting by column, and an edit icon in each row (or double-click, or Enter)
// that opens the learner editor.
class UsersPage : public Page
{
    Q_OBJECT

public:
    explicit UsersPage(QUndoStack *undoStack, QWidget *parent = nullptr);

    QString title() const override;
    void setDatabase(Database *database) override;

    UserTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // How long typing must pause before the table searches (150 ms).
    void setSearchDelay(int milliseconds);
    // The editor opened last, while it is open.
    PersonEditor *editor() const;
    // The people whose rows are selected (Distribute offers them as whom).
    QList<qint64> selectedPersonIds() const;

public slots:
    // Opens the editor of the person in `row` of the table (not modal to the window's other
    // dialogs: open(), so that it returns at once).
    PersonEditor *openEditor(int row);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void applySearch();
    void showState();

    Database *m_database = nullptr;
    QUndoStack *m_undoStack;
    UserTableModel *m_model = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_profile = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_status = nullptr;
    QTimer *m_debounce = nullptr;
    QPointer<PersonEditor> m_editor;
};

} // namespace Rollbook
