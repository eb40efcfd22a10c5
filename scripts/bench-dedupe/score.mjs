// Precision and recall of `duplicate_of` against the corpus's ground truth.

/**
 * Score records (in run order) whose `duplicate_of` names an id. A record
 * should point into its own group exactly when an earlier record of that
 * group exists; exact copies share their id, so an id names the first
 * record that has it.
 */
export function score(records, truth, duplicateOf = (r) => r.duplicate_of) {
  const firstWithId = new Map();
  const seenGroups = new Set();
  const rows = new Map();
  const row = (kind) => {
    if (!rows.has(kind))
      rows.set(kind, { kind, records: 0, should: 0, right: 0, wrong: 0, missed: 0 });
    return rows.get(kind);
  };
  const wrongs = [];
  for (const record of records) {
    const file = truth.get(record.path);
    if (!file) throw new Error(`no ground truth for ${record.path}`);
    if (!firstWithId.has(record.id)) firstWithId.set(record.id, file);
    const r = row(file.kind);
    r.records++;
    const should = seenGroups.has(file.group);
    seenGroups.add(file.group);
    const target = duplicateOf(record);
    const pointed = target === null || target === undefined ? undefined : firstWithId.get(target);
    if (should) r.should++;
    if (pointed && pointed.group === file.group && should) r.right++;
    else if (pointed) {
      r.wrong++;
      wrongs.push({
        path: record.path,
        kind: file.kind,
        pointsAt: pointed.name,
        similarity: record.similarity,
      });
    } else if (should) r.missed++;
  }
  return { rows: [...rows.values()], wrongs };
}

/** Precision and recall of a set of rows together. */
export function totals(rows, kind = "all") {
  const sum = (key) => rows.reduce((n, r) => n + r[key], 0);
  const t = {
    kind,
    records: sum("records"),
    should: sum("should"),
    right: sum("right"),
    wrong: sum("wrong"),
    missed: sum("missed"),
  };
  return withRates(t);
}

export function withRates(row) {
  const pointed = row.right + row.wrong;
  return {
    ...row,
    precision: pointed === 0 ? 1 : row.right / pointed,
    recall: row.should === 0 ? 1 : row.right / row.should,
  };
}
