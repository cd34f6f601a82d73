/** The demo catalog seeded into an empty database. Prices are whole rupiah. */
export const CATALOG = [
  {
    slug: "kopi-gayo-arabica",
    name: "Kopi Gayo Arabica 250 g",
    description:
      "Single-origin arabica from the Gayo highlands of Aceh, roasted medium for notes of dark chocolate and spice.",
    price: 95_000,
    // The roaster ships weekly: the one product most orders (and the e2e flows) take.
    stock: 400,
  },
  {
    slug: "batik-tulis-scarf",
    name: "Batik Tulis Silk Scarf",
    description: "Hand-drawn batik from Pekalongan on soft silk, dyed in indigo and soga brown. 180 × 50 cm.",
    price: 450_000,
    stock: 12,
  },
  {
    slug: "teh-melati",
    name: "Teh Melati Jasmine Tea",
    description: "Loose-leaf green tea scented with fresh jasmine blossoms from Central Java. 100 g tin.",
    price: 48_000,
    stock: 60,
  },
  {
    slug: "sambal-matah",
    name: "Sambal Matah Jar",
    description: "Balinese raw shallot and lemongrass sambal, made in small batches. 200 ml glass jar.",
    price: 39_000,
    stock: 35,
  },
  {
    slug: "rattan-coasters",
    name: "Rattan Coaster Set",
    description: "Six hand-woven rattan coasters from Cirebon with a matching holder.",
    price: 125_000,
    stock: 25,
  },
  {
    slug: "wayang-bookmark",
    name: "Wayang Leather Bookmark",
    description: "A tiny shadow-puppet figure carved from buffalo hide and painted by hand in Yogyakarta.",
    price: 35_000,
    stock: 80,
  },
  {
    slug: "songket-pouch",
    name: "Songket Pouch",
    description: "A zipped pouch of Palembang songket woven with gold thread, lined with cotton.",
    price: 185_000,
    stock: 15,
  },
  {
    slug: "gula-aren",
    name: "Gula Aren Palm Sugar",
    description: "Unrefined palm sugar from Banten, caramel-sweet and perfect for es kopi susu. 500 g.",
    price: 32_000,
    stock: 50,
  },
  {
    slug: "kain-tenun-ikat",
    name: "Tenun Ikat Table Runner",
    description:
      "A table runner woven on a back-strap loom in Sumba. Each piece is one of a kind; few in stock.",
    price: 675_000,
    stock: 3,
  },
] as const;
