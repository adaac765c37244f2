#include "personcommands.h"

#include "db/audit.h"
#include "db/database.h"
#include "people/personstore.h"

#include <QMessageBox>
#include <QWidget>

namespace Rollbook {

namespace {

QString nameOf(const Person &person)
{
    return person.fullName().isEmpty() ? person.username : person.fullName();
}

} // namespace

PersonCommand::PersonCommand(Database *database, QWidget *window, const QString &text)
    : QUndoCommand(text)
    , m_database(database)
    , m_window(window)
{}

Status PersonCommand::apply()
{
    Status done = forward();
    m_applied = done.ok();
    return done;
}

void PersonCommand::redo()
{
    if (m_applied) {
        m_applied = false; // apply() took the first step
        return;
    }
    report(forward());
}

void PersonCommand::undo()
{
    report(backward());
}

void PersonCommand::report(const Status &status) const
{
    if (status)
        return;
    QMessageBox::warning(
            m_window, QCoreApplication::translate("Rollbook::PersonCommand", "Undo or redo failed"),
            QCoreApplication::translate("Rollbook::PersonCommand",
                                        "“%1” could not be done again or taken "
                                        "back: %2")
                    .arg(text(), status.error().message));
}

LinkCommand::LinkCommand(Database *database, QWidget *window, const Person &parent,
                         const Person &learner, bool makeLink)
    : PersonCommand(database, window,
                    makeLink ? tr("Link %1 to %2").arg(nameOf(parent), nameOf(learner))
                             : tr("Remove %1 from %2").arg(nameOf(parent), nameOf(learner)))
    , m_parent(parent.id)
    , m_learner(learner.id)
    , m_makeLink(makeLink)
{}

Status LinkCommand::link(bool make)
{
    // The same store, and so the same rules and audit rows, as rollbook-cli link and unlink.
    PersonStore store(database()->connection());
    return make ? store.link(m_parent, m_learner, Audit::currentActor())
                : store.unlink(m_parent, m_learner, Audit::currentActor());
}

Status LinkCommand::forward()
{
    return link(m_makeLink);
}

Status LinkCommand::backward()
{
    return link(!m_makeLink);
}

EditPersonCommand::EditPersonCommand(Database *database, QWidget *window, const Person &before,
                                     const Person &after)
    : PersonCommand(database, window, tr("Edit %1").arg(nameOf(after)))
    , m_before(before)
    , m_after(after)
    , m_version(before.version)
{}

Status EditPersonCommand::store(const Person &values)
{
    Person person = values;
    person.version = m_version;
    return PersonStore(database()->connection()).update(person, Audit::currentActor(), &m_version);
}

Status EditPersonCommand::forward()
{
    return store(m_after);
}

Status EditPersonCommand::backward()
{
    return store(m_before);
}

} // namespace Rollbook
