#pragma once

#include <QString>

// Members' personal data stays readable by the account that runs ActiveDesk only, whatever the umask: its folders
// are 0700 and its database files 0600 (POSIX; elsewhere the folder's own access rules apply).
namespace PrivateFiles {
// Creates `folder` (and its parents) if needed and makes it private. False if it cannot be created.
bool makeFolder(const QString &folder);
// Creates `file` empty if it does not exist, and makes it private (before a database first writes to it).
bool makeFile(const QString &file);
// Makes an existing file private; a missing one is fine.
void restrict(const QString &file);
} // namespace PrivateFiles
