#include "optionspage.h"

#include <QCheckBox>
#include <QGroupBox>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook {

OptionsPage::OptionsPage(QWidget *parent)
    : QWizardPage(parent)
    , m_add(new QCheckBox(tr("&Add new users"), this))
    , m_update(new QCheckBox(tr("&Update existing users"), this))
    , m_fillPasswords(new QCheckBox(tr("&Give new users without a password one made from the "
                                       "password policy"),
                                    this))
    , m_importNothing(new QRadioButton(tr("Import &nothing, so that I can correct the file and "
                                          "import it again"),
                                       this))
    , m_skipErrors(new QRadioButton(tr("&Skip the rows with errors and import the others"), this))
{
    setTitle(tr("Options"));
    setSubTitle(tr("A row is an existing user when its synchronisation key or user name is "
                   "already in Rollbook."));
    m_add->setObjectName(u"addUsers"_s);
    m_update->setObjectName(u"updateUsers"_s);
    m_fillPasswords->setObjectName(u"fillPasswords"_s);
    m_importNothing->setObjectName(u"importNothingOnErrors"_s);
    m_skipErrors->setObjectName(u"skipErrors"_s);
    m_add->setChecked(true);
    m_update->setChecked(true);
    m_importNothing->setChecked(true);

    auto *users = new QGroupBox(tr("Users"), this);
    auto *usersLayout = new QVBoxLayout(users);
    usersLayout->addWidget(m_add);
    usersLayout->addWidget(m_update);
    auto *passwords = new QGroupBox(tr("Passwords"), this);
    auto *passwordsLayout = new QVBoxLayout(passwords);
    passwordsLayout->addWidget(m_fillPasswords);
    auto *errors = new QGroupBox(tr("When rows have errors"), this);
    auto *errorsLayout = new QVBoxLayout(errors);
    errorsLayout->addWidget(m_importNothing);
    errorsLayout->addWidget(m_skipErrors);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(users);
    layout->addWidget(passwords);
    layout->addWidget(errors);
    layout->addStretch();

    connect(m_add, &QCheckBox::toggled, this, &QWizardPage::completeChanged);
    connect(m_update, &QCheckBox::toggled, this, &QWizardPage::completeChanged);
}

bool OptionsPage::isComplete() const
{
    return m_add->isChecked() || m_update->isChecked();
}

void OptionsPage::applyTo(ImportPlan &plan) const
{
    plan.mode = m_add->isChecked() && m_update->isChecked() ? ImportMode::AddAndUpdate
                : m_add->isChecked()                        ? ImportMode::Add
                                                            : ImportMode::Update;
    plan.fillPasswords = m_fillPasswords->isChecked();
    plan.skipErrors = m_skipErrors->isChecked();
}

} // namespace Rollbook
