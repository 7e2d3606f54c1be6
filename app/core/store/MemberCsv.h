#pragma once

#include "MemberStore.h"

#include <QCoreApplication>

// Import and export of members as CSV (for IT moving a site's members into ActiveDesk).
class MemberCsv
{
    Q_DECLARE_TR_FUNCTIONS(MemberCsv)
public:
    struct Problem
    {
        int line = 0;
        QString reason;
    };
    struct ImportReport
    {
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        QVector<Problem> skipped;
        QString fatal; // the file could not be read at all
    };
    static const QStringList columns;
    // Required columns: givenName, familyName, email. Re-importing a file creates no duplicates: a row matches a
    // member by membership number, else by email; a matching row with no change queues nothing for imin.
    // `encoding`: empty or "utf-8" (with or without a BOM), or "windows-1252".
    // Blocking: while other processes hold the database it waits and tries again (up to a minute in all), so it is
    // for activedesk-admin and worker threads, never the GUI thread.
    // A new row that looks like a member already here (MemberStore::possibleDuplicates) is skipped with the reason
    // ("possible duplicate of …"), unless `allowDuplicates`.
    static ImportReport import(MemberStore &store, const QByteArray &csv, const QString &encoding = {},
                               bool allowDuplicates = false);
    static QByteArray exportAll(const MemberStore &store);
};
