import { EntityRef } from '../types';

export interface KnownPerson {
  id: string;
  name: string;
  roles: { holderId: string; title: string | null }[];
}

/**
 * People the graph already holds (from earlier articles), so that an article saying only "Xi" or
 * "the Russian President" can still be tied to the right person when exactly one fits.
 */
export class KnownPeople {
  private readonly people = new Map<string, KnownPerson>();

  constructor(people: KnownPerson[] = []) {
    for (const p of people) this.add(p);
  }

  add(person: KnownPerson): void {
    const known = this.people.get(person.id);
    if (!known) this.people.set(person.id, { ...person, roles: [...person.roles] });
    else
      for (const r of person.roles)
        if (!known.roles.some((k) => k.holderId === r.holderId && k.title === r.title)) known.roles.push(r);
  }

  get size(): number {
    return this.people.size;
  }

  byId(id: string): EntityRef | undefined {
    const p = this.people.get(id);
    return p ? { id: p.id, kind: 'Person', name: p.name } : undefined;
  }

  all(): EntityRef[] {
    return [...this.people.values()].map((p) => ({ id: p.id, kind: 'Person' as const, name: p.name }));
  }

  /** Name parts ("Xi", "Putin") that belong to exactly one known person with a multi-word name. */
  uniqueNameParts(): Map<string, EntityRef> {
    const owners = new Map<string, KnownPerson[]>();
    for (const p of this.people.values()) {
      const parts = p.name.split(/\s+/);
      if (parts.length < 2) continue;
      for (const part of parts) if (part.length >= 2) owners.set(part, [...(owners.get(part) ?? []), p]);
    }
    const unique = new Map<string, EntityRef>();
    for (const [part, list] of owners)
      if (list.length === 1) unique.set(part, { id: list[0].id, kind: 'Person', name: list[0].name });
    return unique;
  }

  /** Known people holding an office in the given country or organization: [id, role]. */
  holdersOf(holderId: string): [string, { title: string | null }][] {
    const result: [string, { title: string | null }][] = [];
    for (const p of this.people.values())
      for (const r of p.roles) if (r.holderId === holderId) result.push([p.id, { title: r.title }]);
    return result;
  }
}
