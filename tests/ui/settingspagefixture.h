// The settings page on a new database of its own for each test, and the helpers that drive it
// as a user would: shared by tst_settingspage and tst_settingspage_letter (the Letter tab's
// editor). A test class derives from SettingsPageFixture and calls startTestCase(), openNewPage()
// and closePage() from its initTestCase(), init() and cleanup().
#pragma once

#include "db/database.h"
#include "settings/settingsstore.h"
#include "settingspage.h"
#include "testsupport.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace Rollbook {

using namespace Qt::Literals::StringLiterals;

class SettingsPageFixture
{
protected:
    // For initTestCase(): settings in the test mode's folders, and a folder for the databases.
    void startTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    // For init(): a new page on a new database of its own.
    void openNewPage()
    {
        static int n = 0;
        auto opened = Database::open(
                Testing::newDatabase(m_dir.filePath(u"settings-%1.sqlite"_s.arg(++n))));
        QVERIFY2(opened.ok(), qPrintable(opened ? QString() : opened.error().message));
        m_database = std::move(opened.value());
        m_page = std::make_unique<SettingsPage>();
        m_page->setDatabase(m_database.get());
        m_page->resize(700, 500);
    }

    // For cleanup().
    void closePage()
    {
        m_page.reset();
        m_database.reset();
    }

    QString storedValue(const char *key) const
    {
        auto value = SettingsStore(m_database->connection()).value(QString::fromLatin1(key));
        return value ? value.value() : u"<error>"_s;
    }

    int auditRows() const
    {
        QSqlQuery query(m_database->connection());
        query.exec(u"SELECT count(*) FROM audit WHERE action = 'setting'"_s);
        return query.next() ? query.value(0).toInt() : -1;
    }

    // A new page on a new connection to the same file, as after restarting the program.
    void reopenPage()
    {
        const QString path = m_database->path();
        m_page.reset();
        m_database.reset();
        m_database = std::move(Database::open(path).value());
        m_page = std::make_unique<SettingsPage>();
        m_page->setDatabase(m_database.get());
        m_page->resize(700, 500);
    }

    // Shown and active, so that focus and mnemonics work as for a user.
    void showActive()
    {
        m_page->show();
        QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    }

    // Sets a control as a user would choose: a number, a combo box entry by what it stores, a check
    // box by true or false, or text.
    void setControl(const QString &name, const QString &value)
    {
        QWidget *widget = m_page->findChild<QWidget *>(name);
        QVERIFY2(widget, qPrintable(name));
        if (auto *spin = qobject_cast<QSpinBox *>(widget)) {
            spin->setValue(value.toInt());
        } else if (auto *combo = qobject_cast<QComboBox *>(widget)) {
            QVERIFY2(combo->findData(value) >= 0, qPrintable(value));
            combo->setCurrentIndex(combo->findData(value));
        } else if (auto *box = qobject_cast<QCheckBox *>(widget)) {
            box->setChecked(value == u"true"_s);
        } else if (auto *line = qobject_cast<QLineEdit *>(widget)) {
            line->clear();
            QTest::keyClicks(line, value);
        } else if (auto *plain = qobject_cast<QPlainTextEdit *>(widget)) {
            plain->setPlainText(value);
        } else {
            QFAIL(qPrintable(name));
        }
    }

    QString controlValue(const QString &name) const
    {
        QWidget *widget = m_page->findChild<QWidget *>(name);
        if (auto *spin = qobject_cast<QSpinBox *>(widget))
            return QString::number(spin->value());
        if (auto *combo = qobject_cast<QComboBox *>(widget))
            return combo->currentData().toString();
        if (auto *box = qobject_cast<QCheckBox *>(widget))
            return box->isChecked() ? u"true"_s : u"false"_s;
        if (auto *line = qobject_cast<QLineEdit *>(widget))
            return line->text();
        if (auto *plain = qobject_cast<QPlainTextEdit *>(widget))
            return plain->toPlainText();
        return u"<no such control>"_s;
    }

    QAction *placeholderAction(const char *button, const QString &placeholder) const
    {
        QMenu *menu = child<QPushButton>(button)->menu();
        if (!menu)
            return nullptr;
        for (QAction *action : menu->actions()) {
            if (action->data().toString() == placeholder)
                return action;
        }
        return nullptr;
    }

    template<typename T>
    T *child(const char *name) const
    {
        auto *widget = m_page->findChild<T *>(QString::fromLatin1(name));
        Q_ASSERT(widget);
        return widget;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<SettingsPage> m_page;
};

} // namespace Rollbook
