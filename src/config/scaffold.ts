/** The starting config `orrery init` writes: short, commented, valid as it stands. */

/** The commented orrery.yaml written by `orrery init`. */
export function scaffoldConfig(): string {
  return `# Orrery configuration. Every key is documented in docs/config.md.
# Check it with \`orrery check\`; build the site with \`orrery run\`.

title: My Planet                      # shown at the top of every page
link: https://planet.example.org/     # where the site will be published
description: Blogs of the people of our community.
owner: { name: Your Name, email: you@example.org }

database: orrery.db                   # a SQLite file next to this one, or postgres://...
output: public                        # the folder the site is written to
# theme: theme/                       # override templates and assets from this folder
timezone: UTC                         # day headings and times; any IANA name
language: en

# fetch:
#   interval: 30m                     # how often a healthy feed is fetched
#   concurrency: 16                   # feeds fetched at once (at most 2 per host)

people:
  # The key (here "alice") is the person's id: lower-case letters, digits, "-", "_".
  alice:
    name: Alice Example
    nick: alice
    links:                            # any names; shown in this order
      homepage: https://alice.example.org/
    feeds:
      - https://alice.example.org/feed.xml
      # A feed with options: a tag that planets can select by.
      # - url: https://alice.example.org/category/community/feed/
      #   tags: [community]

planets:
  main: {}                            # everything, at the site root
  # community:
  #   title: Community news
  #   path: community/
  #   include: { categories: [community] }
`;
}
