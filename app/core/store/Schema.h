#pragma once

#include "Database.h"

#include <QString>

// The member database's tables, as numbered migrations (SQLite and PostgreSQL alike): a database opens at any older
// version and is brought up to date, one transaction per step.
namespace Schema {
int latestVersion();
int version(const Database &db); // 0: nothing yet
// Applies the migrations after the database's version, up to `upTo` (tests stop short to upgrade an old database).
bool migrate(Database &db, QString *error, int upTo = latestVersion());
} // namespace Schema
