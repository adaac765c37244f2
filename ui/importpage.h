#pragma once

#include "page.h"

#include <QPointer>

class QPushButton;

namespace Rollbook {

class ImportWizard;

// Import users from file: what the import does, and the button that opens the wizard.
class ImportPage : public Page
{
    Q_OBJECT

public:
    explicit ImportPage(QWidget *parent = nullptr);
    ~ImportPage() override;

    QString title() const override;
    void setDatabase(Database *database) override;

    // Opens the wizard (or brings the open one forward), with `filePath` chosen when given.
    ImportWizard *openWizard(const QString &filePath = {});
    ImportWizard *wizard() const { return m_wizard; }

signals:
    void imported(qint64 batchId);
    void parentLoginSwitchedOn();
    void historyRequested();
    void distributeRequested();

private:
    Database *m_database = nullptr;
    QPushButton *m_start;
    QPointer<ImportWizard> m_wizard;
};

} // namespace Rollbook
