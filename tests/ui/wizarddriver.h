#pragma once

// What the import wizard's tests share (tst_importwizard, tst_importwizard_guess): a database
// of their own, the wizard opened on a fixture, and the hands that press its buttons.

#include "db/database.h"
#include "importwizard/checkpage.h"
#include "importwizard/filepage.h"
#include "importwizard/importwizard.h"
#include "people/field.h"

#include <QComboBox>
#include <QObject>
#include <QTemporaryDir>

#include <memory>

namespace Rollbook {

class WizardDriver : public QObject
{
protected:
    // For the test's initTestCase, init and cleanup.
    void setUpCase(const QString &applicationName);
    void setUp();
    void tearDown();

    static QString fixture(const char *name);
    void seed(const char *file, Profile profile, const QString &syncField = {});
    void enableParentLogin();
    qint64 count(const QString &sql) const;
    ImportWizard *startWizard(const QString &file, Profile profile);
    // The wizard with `file` and no profile chosen, once the file's first rows are read.
    ImportWizard *openWizard(const QString &file);
    FilePage *filePage() const
    {
        return static_cast<FilePage *>(m_wizard->page(ImportWizard::FileId));
    }
    QComboBox *column(int column) const
    {
        return find<QComboBox>(ImportWizard::ColumnsId,
                               qPrintable(QStringLiteral("column%1").arg(column)));
    }
    // The title of the section (the group box) that holds the drop-down.
    static QString sectionOf(const QWidget *widget);
    void next();
    // A learner file through the wizard's first steps as guessed, to the Check step once its
    // dry run has reported; nullptr when it has not within `timeout` ms.
    CheckPage *checkLearners(const QString &file, int timeout = 5000);
    template<typename T>
    T *find(int pageId, const char *name) const
    {
        auto *widget = m_wizard->page(pageId)->findChild<T *>(QString::fromLatin1(name));
        Q_ASSERT_X(widget, "find", name);
        return widget;
    }
    static QStringList itemTexts(const QComboBox *box);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<ImportWizard> m_wizard;
};

} // namespace Rollbook
