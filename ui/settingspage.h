#pragma once

#include "page.h"

#include <QMap>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;

namespace Rollbook {

// Edit global settings (DESIGN §1.1): the General section with Available functions > Enable
// parent login, and the school's details printed on letters. Save and Revert are enabled only
// while something differs from what is stored.
class SettingsPage : public Page
{
    Q_OBJECT

public:
    explicit SettingsPage(QWidget *parent = nullptr);

    QString title() const override;
    void setDatabase(Database *database) override;
    bool maybeLeave() override;

    bool isModified() const;

public slots:
    // Validates and stores every setting; false (with the reason shown) when nothing was saved.
    bool save();
    // Puts back what is stored.
    void revert();

signals:
    void saved();

private:
    QMap<QString, QString> currentValues() const;
    void showValues(const QMap<QString, QString> &values);
    void updateState();
    void showError(const QString &message, QWidget *field);

    Database *m_database = nullptr;
    QMap<QString, QString> m_stored;
    bool m_modified = false;

    QTabWidget *m_tabs = nullptr;
    QCheckBox *m_parentLogin = nullptr;
    QLineEdit *m_schoolName = nullptr;
    QLineEdit *m_loginAddress = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
};

} // namespace Rollbook
