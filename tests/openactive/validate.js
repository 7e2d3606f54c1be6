#!/usr/bin/env node
// Validates samples of the sandbox's answers with OpenActive's data model validator (@openactive/data-model-validator)
// and prints, as JSON, every message with the sample's kind, plus counts by kind and severity.
//   node validate.js SAMPLES.json ALLOW.json
// SAMPLES.json: [{"kind": "...", "mode": "RPDEFeed" | "OrderStatus" | "C1Request" | ..., "item": {...}}]
// ALLOW.json: {"allow": [{"kinds": [...], "type": "...", "path": "regex", "message": "regex", "why": "...",
//                         "source": "imin document URL"}]}: messages matched by an entry are "allowed" (imin's
// documented extensions); everything else with severity "failure" is an error the test reports.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const crypto = require('crypto');
// Offline by design (CI reaches only the npm registry): every remote document the validator asks for is answered
// from a cache seeded here, and nothing is fetched. The OpenActive activity list comes from ACTIVITY_LIST (the same
// list the sandbox draws its activities from); the JSON-LD contexts of imin's, OpenActive's beta and EMD UK's
// vocabularies are recorded as unavailable, so their terms are reported "not checked" (allowed, see allow.json).
const axios = require('axios');
axios.get = async (url) => { throw new Error(`offline: ${url} is not fetched`); };
const { validate } = require('@openactive/data-model-validator');

function seedCache(dir) {
  const write = (url, entry) => fs.writeFileSync(
    path.join(dir, `${crypto.createHash('sha256').update(url).digest('hex')}.json`),
    JSON.stringify({ url, exception: null, fetchTime: Date.now(), ...entry }));
  for (const url of ['https://schema.imin.co/', 'https://imin.co/', 'https://openactive.io/ns-beta',
    'http://data.emduk.org/ns/emduk.jsonld']) {
    write(url, { errorCode: 'error_no_remote', data: null, statusCode: 0, contentType: null });
  }
  const listFile = process.env.ACTIVITY_LIST;
  if (!listFile || !fs.existsSync(listFile)) {
    // Without the list (shared/data absent) activities cannot be checked: said on stderr, and in the result.
    console.error(`ACTIVITY_LIST (${listFile || 'unset'}) is not a file: activities are not checked in this run`);
    return false;
  }
  const list = JSON.parse(fs.readFileSync(listFile, 'utf8'));
  for (const url of ['https://openactive.io/activity-list', 'https://openactive.io/activity-list/',
    'https://openactive.io/activity-list/activity-list.jsonld', 'https://www.openactive.io/activity-list/activity-list.jsonld']) {
    write(url, { errorCode: 'error_none', data: list, statusCode: 200, contentType: 'application/ld+json' });
  }
  return true;
}

async function main() {
  const samples = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
  const allow = process.argv[3] ? JSON.parse(fs.readFileSync(process.argv[3], 'utf8')).allow : [];
  const compiled = allow.map((a) => ({
    ...a,
    pathRe: a.path ? new RegExp(a.path) : null,
    messageRe: a.message ? new RegExp(a.message) : null,
  }));
  const isAllowed = (kind, m) => compiled.find((a) =>
    (!a.kinds || a.kinds.includes(kind)) && (!a.type || a.type === m.type) &&
    (!a.pathRe || a.pathRe.test(m.path || '')) && (!a.messageRe || a.messageRe.test(m.message || '')));
  const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'openactive-cache-'));
  const activitiesChecked = seedCache(cache);
  const out = { counts: {}, messages: [], activitiesChecked };
  for (const sample of samples) {
    const options = { loadRemoteJson: true, remoteJsonCachePath: cache, remoteJsonCacheTimeToLive: 86400 };
    if (sample.mode) options.validationMode = sample.mode;
    const result = await validate(sample.item, options);
    const count = out.counts[sample.kind] || (out.counts[sample.kind] = {
      items: 0, errors: 0, warnings: 0, allowedErrors: 0, allowedWarnings: 0, notices: 0 });
    count.items += 1;
    for (const m of result) {
      const severity = m.severity === 'failure' ? 'error' : m.severity;
      const allowedBy = isAllowed(sample.kind, m) ||
        (!activitiesChecked && m.type === 'activity_not_in_activity_list' ? { why: 'no activity list' } : null);
      if (severity === 'error') allowedBy ? count.allowedErrors++ : count.errors++;
      else if (severity === 'warning') allowedBy ? count.allowedWarnings++ : count.warnings++;
      else count.notices++;
      out.messages.push({ kind: sample.kind, severity, allowed: !!allowedBy, type: m.type, path: m.path,
        message: (m.message || '').replace(/\s+/g, ' ').slice(0, 300) });
    }
  }
  fs.rmSync(cache, { recursive: true, force: true });
  process.stdout.write(JSON.stringify(out, null, 1));
}

main().catch((e) => { console.error(e); process.exit(2); });
