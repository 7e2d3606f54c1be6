#pragma once

#include "domain/Domain.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

class ImminClient;

// Whose open data a screen shows (contract 2.5, a duty of imin's licence): imin's dataset list, read once per
// connection, and "Source: {publisher}" for an item's imin:dataSource. A source the list does not name is logged
// once and shows nothing rather than a wrong name.
class Attribution : public QObject
{
    Q_OBJECT
public:
    explicit Attribution(ImminClient *client, QObject *parent = nullptr);

    // Another connection to imin (or none): what was read is forgotten.
    void setClient(ImminClient *client);
    // Reads the list unless it is read or being read; after a failure, the next call tries again.
    void load();
    bool isLoaded() const { return m_loaded; }
    // The dataset an item came from, if the list names it.
    std::optional<Dataset> dataset(const QString &identifier) const;
    // "Source: Oxford Leisure Trust", or empty. With `link`, the name links to the dataset's page (desk, not kiosk).
    QString sourceText(const QString &identifier, bool link) const;

Q_SIGNALS:
    void loaded();

private:
    ImminClient *m_client;
    QHash<QString, Dataset> m_datasets;
    mutable QSet<QString> m_reported;
    QPointer<QObject> m_request;
    bool m_loaded = false;
};
