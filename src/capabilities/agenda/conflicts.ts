/** Something in a staff member's agenda that takes their time from `start` to `end` (epoch ms, end excluded). */
export interface TimeSlot {
  id: string;
  staffUserId: string;
  start: number;
  end: number;
}

/**
 * Which items of the same staff member overlap: each item's id with the ids it clashes with (in
 * time order). Touching ends (one ends at 10:00, the next starts at 10:00) are no conflict; an
 * empty slot (start = end) takes no time. Pure: sort per staff member, then a sweep in which
 * each item is compared only with the earlier ones still running.
 */
export function findConflicts(slots: readonly TimeSlot[]): Map<string, string[]> {
  const conflicts = new Map<string, string[]>();
  const add = (a: string, b: string) => conflicts.set(a, [...(conflicts.get(a) ?? []), b]);
  const byStaff = new Map<string, TimeSlot[]>();
  for (const s of slots) if (s.end > s.start) byStaff.set(s.staffUserId, [...(byStaff.get(s.staffUserId) ?? []), s]);
  for (const items of byStaff.values()) {
    items.sort((a, b) => a.start - b.start || a.end - b.end);
    let running: TimeSlot[] = [];
    for (const item of items) {
      running = running.filter((r) => r.end > item.start);
      for (const r of running) {
        add(r.id, item.id);
        add(item.id, r.id);
      }
      running.push(item);
    }
  }
  return conflicts;
}
