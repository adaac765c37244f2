#pragma once

#include "page.h"

#include <QPointer>

class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;
class QTimer;
class QUndoStack;

namespace Rollbook {

class PersonEditor;
class UserTableModel;
class WelcomeWidget;

// Users and access rights (DESIGN §1.2): every person in one table that fetches from the
// database as it scrolls, a search field that filters as the user types (after a short pause),
// a profile filter, sorting by column, and an edit icon in each row (or double-click, or Enter)
// that opens the learner editor. While the database holds nobody, a welcome stands in the
// table's place; a sample school (SettingsStore::SampleSchool) says so in a banner above.
class UsersPage : public Page
{
    Q_OBJECT

public:
    explicit UsersPage(QUndoStack *undoStack, QWidget *parent = nullptr);

    QString title() const override;
    void setDatabase(Database *database) override;

    UserTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // What shows instead of the table while the database holds nobody; the window answers its
    // buttons.
    WelcomeWidget *welcome() const { return m_welcome; }
    bool showsWelcome() const;
    // The note that the open database is a sample school, shown while it is one.
    QFrame *sampleBanner() const { return m_sampleBanner; }
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
    // Reads who is here again (after an import or its undoing elsewhere).
    void refresh();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void applySearch();
    void showState();
    QFrame *createSampleBanner();

    Database *m_database = nullptr;
    QUndoStack *m_undoStack;
    UserTableModel *m_model = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_profile = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_notice = nullptr;
    QStackedWidget *m_content = nullptr;
    QWidget *m_table = nullptr;
    WelcomeWidget *m_welcome = nullptr;
    QFrame *m_sampleBanner = nullptr;
    QTimer *m_debounce = nullptr;
    QPointer<PersonEditor> m_editor;
};

} // namespace Rollbook
