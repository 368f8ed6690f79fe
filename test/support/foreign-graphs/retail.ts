import { Executor } from '../../../server/db/executor';
import { GraphCounts, GraphSpec, hexHead, int, isoDate, Pair, Random, tally, uniqueValue, writeGraph } from './common';

/**
 * A Northwind-like retail graph: nothing in it is called `name`, its ids are awkward on purpose
 * (Product.id collides with Order.id, Shipper.id is a float, Employee.id is not unique), one customer
 * has 1,200 orders, and some products have near-identical names.
 */

export interface ProductFact {
  productID: number;
  productName: string;
  unitPrice: number;
  categoryName: string;
  /** The supplier's companyName. */
  supplier: string;
  /** ORDERS relationships into this product. */
  orderLines: number;
}

export interface CustomerFact {
  customerID: string;
  companyName: string;
  contactName: string;
  city: string;
  country: string;
  /** PURCHASED relationships (each to its own Order). */
  orders: number;
}

export interface EmployeeFact {
  employeeID: number;
  id: number;
  firstName: string;
  lastName: string;
  title: string;
}

/** `labels`: Product, Category, Supplier, Customer, Order, Employee, Shipper. */
export interface RetailFacts extends GraphCounts {
  /** The only constraint the builder creates. */
  constraints: { label: string; property: string }[];
  /** QUICK: 1,200 orders, a node with 1,000+ neighbours. */
  busyCustomer: CustomerFact;
  /** ALFKI: an ordinary customer with a handful of orders. */
  quietCustomer: CustomerFact;
  /** Pairs whose names differ in one word (one adds a word, one swaps it); prices always differ. */
  similarProducts: [ProductFact, ProductFact][];
  /** An integer that is both a Product's `id` (= productID) and an Order's `id` (= orderID). */
  idCollision: { id: number; productName: string; orderDate: string; customerID: string };
  /** Two employees with the same `id` (7), different employeeIDs. */
  sharedEmployeeId: { id: number; employees: EmployeeFact[] };
  /** Shippers, each with a float `id` (1.5, 2.5, 3.5). */
  shippers: { shipperID: number; id: number; companyName: string; phone: string }[];
  /** A job title many employees share. */
  sharedTitle: { title: string; employees: number };
  /** The employee everyone ends up REPORTS_TO. */
  topManager: EmployeeFact & { directReports: number };
  /** A category with its picture (a byte array). */
  category: {
    categoryID: number;
    categoryName: string;
    description: string;
    products: number;
    /** Size of `picture`, a byte array starting with PNG's signature. */
    pictureBytes: number;
    /** Its first 16 bytes in hex. */
    pictureHex: string;
  };
  supplier: { supplierID: number; companyName: string; contactName: string; country: string; products: number };
}

const SEED = 0x5eed_0001;
const ORDER_COUNT = 2500;
const BUSY_CUSTOMER_ORDERS = 1200;
const PICTURE_BYTES = 2048;
/** Orders run from 2022-01-03 over about three years. */
const FIRST_ORDER_DATE = '2022-01-03';
const ORDER_SPAN_DAYS = 1090;

// prettier-ignore
const CATEGORIES: [string, string, string][] = [
  ['Beverages', 'Soft drinks, coffees, teas, beers, and ales', 'Chai Tea|Chai Tea Organic|Chang Lager|Guaraná Soda|Sasquatch Ale|Steeleye Stout|Côte de Blaye|Ipoh Coffee|Lakkalikööri|Outback Lager'],
  ['Condiments', 'Sweet and savory sauces, relishes, spreads, and seasonings', 'Aniseed Syrup|Aniseed Syrup Light|Cajun Seasoning|Gumbo Mix|Boysenberry Spread|Cranberry Sauce|Genen Shouyu|Louisiana Hot Sauce|Vegie-spread|Original Mustard'],
  ['Confections', 'Desserts, candies, and sweet breads', "Pavlova|Teatime Biscuits|Sir Rodney's Marmalade|Sir Rodney's Scones|NuNuCa Nougat Cream|Gumbär Gummibärchen|Schoggi Chocolate|Zaanse Koeken|Chocolade|Maxilaku"],
  ['Dairy Products', 'Cheeses', 'Queso Cabrales|Queso Manchego|Gorgonzola Dolce|Gorgonzola Piccante|Mascarpone|Geitost|Raclette Cheese|Camembert Pierrot|Gudbrandsdalsost|Flotemysost'],
  ['Grains/Cereals', 'Breads, crackers, pasta, and cereal', "Gustaf's Knäckebröd|Tunnbröd|Singaporean Hokkien Fried Mee|Filo Mix|Gnocchi di nonna Alice|Ravioli Angelo|Wimmers Semmelknödel|Rye Crispbread|Wholewheat Penne|Basmati Rice"],
  ['Meat/Poultry', 'Prepared meats', 'Mishi Kobe Niku|Alice Mutton|Thüringer Rostbratwurst|Perth Pasties|Tourtière|Pâté chinois|Smoked Ham Hock|Chicken Liver Pâté|Venison Salami|Lamb Merguez'],
  ['Produce', 'Dried fruit and bean curd', "Uncle Bob's Organic Dried Pears|Tofu|Rössle Sauerkraut|Manjimup Dried Apples|Longlife Tofu|Dried Apricots|Sun-dried Tomatoes|Pickled Beetroot|Marinated Artichokes|Candied Ginger"],
  ['Seafood', 'Seaweed and fish', "Ikura|Konbu|Carnarvon Tigers|Nord-Ost Matjeshering|Inlagd Sill|Gravad Lax|Boston Crab Meat|Jack's New England Clam Chowder|Røgede Sild|Escargots de Bourgogne"],
];

const SIMILAR_NAMES: [string, string][] = [
  ['Chai Tea', 'Chai Tea Organic'],
  ['Aniseed Syrup', 'Aniseed Syrup Light'],
  ['Gorgonzola Dolce', 'Gorgonzola Piccante'],
];

// prettier-ignore
const PLACES = 'Berlin/Germany|México D.F./Mexico|London/UK|Luleå/Sweden|Mannheim/Germany|Strasbourg/France|Madrid/Spain|Marseille/France|Tsawassen/Canada|Buenos Aires/Argentina|Bern/Switzerland|São Paulo/Brazil|Aachen/Germany|Nantes/France|Graz/Austria|Lille/France|Cork/Ireland|Cowes/UK|Versailles/France|Barcelona/Spain|Sevilla/Spain|Campinas/Brazil|Eugene/USA|Elgin/USA|Walla Walla/USA|Rio de Janeiro/Brazil|Reggio Emilia/Italy|Lisboa/Portugal|København/Denmark|Oulu/Finland|Portland/USA|Montréal/Canada|Torino/Italy|Bergamo/Italy|Lyon/France|Salzburg/Austria|Helsinki/Finland|Warszawa/Poland|Caracas/Venezuela|Anchorage/USA'
  .split('|').map((place) => place.split('/') as [string, string]);
// prettier-ignore
const FIRST_NAMES = 'Maria|Ana|Antonio|Thomas|Christina|Hanna|Frédérique|Martín|Laurence|Elizabeth|Victoria|Patricio|Francisco|Yang|Pedro|Aria|Diego|Janine|Ann|Roland|Carlos|Yvonne|René|Henriette|Jaime|Howard|Philip|Paolo|Pascale|Manuel|Karin|Matti|Zbyszek|Jytte|Giovanni|Eduardo|Palle'.split('|');
// prettier-ignore
const LAST_NAMES = 'Trujillo|Moreno|Hardy|Berglund|Moos|Citeaux|Sommer|Lebihan|Lincoln|Ashworth|Simpson|Chang|Afonso|Cruz|Roel|Devon|Mendel|Pontes|Schmitt|Saveley|Limeira|Snyder|Cramer|Ottlieb|Labrune|Nixon|Accorti|Fresnière|Franken|Josephs|Karttunen|Piestrzeniewicz|Petersen|Rodriguez|Rovelli|Camino|Ibsen|Wilson|Kumar'.split('|');
// prettier-ignore
const SUPPLIER_WORDS = [
  'Exotic|Nordic|Pacific|Alpine|Bavarian|Coastal|Highland|Golden|Old Town|Harbour|Riverside|Sunrise|Mediterranean|Atlantic|Baltic|Cajun'.split('|'),
  'Liquids|Delights|Traders|Provisions|Foods|Imports|Larder|Creamery|Fisheries|Bakery|Farms|Pantry'.split('|'),
];
// prettier-ignore
const CUSTOMER_WORDS = [
  'Alpine|Berglund|Blondel|Bólido|Bottom-Dollar|Cactus|Centro|Chop-suey|Comércio|Drachenblut|Eastern|Ernst|Familia|Folies|Franchi|Furia|Galería|Godos|Gourmet|Hanari|Island|Königlich|Lehmanns|Magazzini|Maison|Morgenstern|Océano|Piccolo|Rattlesnake|Richter|Santé|Seven Seas|Simons|Spécialités|Split Rail|Suprêmes|Toms|Tortuga|Vaffeljernet|Wartian|Wellington|White Clover|Wilman|Wolski'.split('|'),
  // Distinct first two letters, so customerIDs (3 letters of the first word + 2 of the last) rarely collide.
  'Market|Deli|Grocers|Emporium|Trading|Supermarket|Foods|Imports|Cellar|Kitchen|Handel|Provisions'.split('|'),
];
const QUANTITY_FORMATS: ((r: Random) => string)[] = [
  (r) => `${r.pick([10, 12, 20, 24])} boxes x ${r.pick([12, 20, 30])} bags`,
  (r) => `${r.pick([12, 24])} - ${r.pick([8, 12, 16])} oz bottles`,
  (r) => `${r.pick([12, 24, 32, 50])} - ${r.pick([100, 200, 250, 500])} g pkgs.`,
  (r) => `${r.pick([1, 2, 5])} kg pkg.`,
  (r) => `${r.pick([6, 12])} jars x ${r.pick([250, 500])} g`,
];

// Northwind's staff. Employees 7 and 8 share `id` 7; REPORTS_TO gives Fuller five direct reports.
const SALES_REP = 'Sales Representative';
const EMPLOYEES: { first: string; last: string; title: string; id: number; reportsTo?: number; weight: number }[] = [
  { first: 'Nancy', last: 'Davolio', title: SALES_REP, id: 1, reportsTo: 2, weight: 10 },
  { first: 'Andrew', last: 'Fuller', title: 'Vice President, Sales', id: 2, weight: 1 },
  { first: 'Janet', last: 'Leverling', title: SALES_REP, id: 3, reportsTo: 2, weight: 10 },
  { first: 'Margaret', last: 'Peacock', title: SALES_REP, id: 4, reportsTo: 2, weight: 10 },
  { first: 'Steven', last: 'Buchanan', title: 'Sales Manager', id: 5, reportsTo: 2, weight: 4 },
  { first: 'Michael', last: 'Suyama', title: SALES_REP, id: 6, reportsTo: 5, weight: 10 },
  { first: 'Robert', last: 'King', title: SALES_REP, id: 7, reportsTo: 5, weight: 10 },
  { first: 'Laura', last: 'Callahan', title: 'Inside Sales Coordinator', id: 7, reportsTo: 2, weight: 3 },
  { first: 'Anne', last: 'Dodsworth', title: SALES_REP, id: 9, reportsTo: 5, weight: 10 },
];
const SHIPPERS = [
  { companyName: 'Speedy Express', phone: '(503) 555-9831', id: 1.5 },
  { companyName: 'United Package', phone: '(503) 555-3199', id: 2.5 },
  { companyName: 'Federal Shipping', phone: '(503) 555-9931', id: 3.5 },
];

interface Company {
  companyName: string;
  contactName: string;
  city: string;
  country: string;
}
interface Product {
  productName: string;
  unitPrice: number;
  quantityPerUnit: string;
  discontinued: boolean;
  category: number;
  supplier: number;
}
interface Customer extends Company {
  customerID: string;
}
interface OrderLine {
  product: number;
  quantity: number;
  unitPrice: number;
}
interface Order {
  orderDate: string;
  shipCity: string;
  customer: number;
  employee: number;
  shipper: number;
  lines: OrderLine[];
}

function company(r: Random, companyName: string): Company {
  const [city, country] = r.pick(PLACES);
  return { companyName, contactName: `${r.pick(FIRST_NAMES)} ${r.pick(LAST_NAMES)}`, city, country };
}

/** Prices in quarters (18.0, 19.25...): whole-valued ones are still floats, which tests can check. */
function price(r: Random): number {
  return r.int(10, 400) / 4;
}

/** Northwind-style id: three letters of the first word and two of the last, made unique if taken. */
function customerID(companyName: string, taken: Set<string>): string {
  const words = companyName
    .normalize('NFD')
    .toUpperCase()
    .split(/[^A-Z]+/)
    .filter(Boolean);
  const base = (words[0].slice(0, 3) + words[words.length - 1].slice(0, 2)).padEnd(5, 'X');
  const candidates = [base, ...[...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((letter) => base.slice(0, 4) + letter)];
  const id = candidates.find((candidate) => !taken.has(candidate));
  if (!id) throw new Error(`no free customerID for ${companyName}`);
  taken.add(id);
  return id;
}

function generateProducts(r: Random, supplierCount: number): Product[] {
  // Every supplier supplies at least one product.
  const productCount = CATEGORIES.length * 10;
  const supplierOf = r.shuffle([
    ...Array.from({ length: supplierCount }, (_, i) => i),
    ...Array.from({ length: productCount - supplierCount }, () => r.int(0, supplierCount - 1)),
  ]);
  const products = CATEGORIES.flatMap(([, , names], category) =>
    names.split('|').map((productName, k) => ({
      productName,
      unitPrice: price(r),
      quantityPerUnit: r.pick(QUANTITY_FORMATS)(r),
      discontinued: r.chance(0.1),
      category,
      supplier: supplierOf[category * 10 + k],
    })),
  );
  // Near-identical names must not also share a price: tests tell them apart by it.
  for (const [a, b] of SIMILAR_NAMES) {
    const [pa, pb] = [a, b].map((n) => products.find((p) => p.productName === n)!);
    if (pa.unitPrice === pb.unitPrice) pb.unitPrice += 1.5;
  }
  // Shuffled so productIDs do not follow the categories.
  return r.shuffle(products);
}

function generateCustomers(r: Random): Customer[] {
  const names = new Set<string>(['Alfreds Futterkiste', 'QUICK-Stop']);
  const taken = new Set<string>(['ALFKI', 'QUICK']);
  // Two of Northwind's own: ALFKI (ordinary) and QUICK (the busy one).
  const customers: Customer[] = [
    {
      customerID: 'ALFKI',
      companyName: 'Alfreds Futterkiste',
      contactName: 'Maria Anders',
      city: 'Berlin',
      country: 'Germany',
    },
    {
      customerID: 'QUICK',
      companyName: 'QUICK-Stop',
      contactName: 'Horst Kloss',
      city: 'Cunewalde',
      country: 'Germany',
    },
  ];
  while (customers.length < 90) {
    const companyName = uniqueValue(names, () => `${r.pick(CUSTOMER_WORDS[0])} ${r.pick(CUSTOMER_WORDS[1])}`);
    customers.push({ customerID: customerID(companyName, taken), ...company(r, companyName) });
  }
  return customers;
}

/** 1,200 orders for QUICK, at least one for everyone else, the rest spread at random; dates rise with orderID. */
function generateOrders(r: Random, customers: Customer[], products: Product[]): Order[] {
  const busy = customers.findIndex((c) => c.customerID === 'QUICK');
  const others = customers.map((_, i) => i).filter((i) => i !== busy);
  const buyers = [
    ...Array<number>(BUSY_CUSTOMER_ORDERS).fill(busy),
    ...others,
    ...Array.from({ length: ORDER_COUNT - BUSY_CUSTOMER_ORDERS - others.length }, () => r.pick(others)),
  ];
  const sellers = EMPLOYEES.flatMap((e, i) => Array<number>(e.weight).fill(i));
  const productIndexes = products.map((_, p) => p);
  const start = Date.parse(`${FIRST_ORDER_DATE}T00:00:00Z`);
  return r.shuffle(buyers).map((customer, i) => ({
    orderDate: isoDate(start + Math.floor((i * ORDER_SPAN_DAYS) / ORDER_COUNT) * 86_400_000),
    shipCity: r.chance(0.9) ? customers[customer].city : r.pick(PLACES)[0],
    customer,
    employee: r.pick(sellers),
    shipper: r.int(0, SHIPPERS.length - 1),
    lines: r.sample(productIndexes, r.int(1, 4)).map((product) => ({
      product,
      quantity: r.int(1, 60),
      // Mostly the list price; sometimes an older, lower one.
      unitPrice: r.chance(0.85) ? products[product].unitPrice : Math.round(products[product].unitPrice * 80) / 100,
    })),
  }));
}

type RetailData = ReturnType<typeof generateRetail>;

function generateRetail() {
  const r = new Random(SEED);
  const supplierNames = new Set<string>();
  const supplierName = () => `${r.pick(SUPPLIER_WORDS[0])} ${r.pick(SUPPLIER_WORDS[1])}`;
  const suppliers = Array.from({ length: 30 }, () => company(r, uniqueValue(supplierNames, supplierName)));
  const products = generateProducts(r, suppliers.length);
  const customers = generateCustomers(r);
  const orders = generateOrders(r, customers, products);
  // PNG's signature, then noise: enough for anything sniffing the bytes to call it an image.
  const pictures = CATEGORIES.map(() => r.bytes(PICTURE_BYTES, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  return { suppliers, products, customers, orders, pictures };
}

/** Ids count from 1, as Northwind's do; Product.id and Order.id repeat productID and orderID. */
function retailSpec({ suppliers, products, customers, orders, pictures }: RetailData): GraphSpec {
  const eachOrder = (to: (o: Order) => number): Pair[] => orders.map((o, i) => [to(o), i]);
  return {
    nodes: {
      Category: CATEGORIES.map(([categoryName, description], i) => ({
        categoryID: int(i + 1),
        categoryName,
        description,
        picture: pictures[i],
      })),
      Supplier: suppliers.map((s, i) => ({ supplierID: int(i + 1), ...s })),
      Product: products.map((p, i) => ({
        productID: int(i + 1),
        id: int(i + 1),
        productName: p.productName,
        unitPrice: p.unitPrice,
        quantityPerUnit: p.quantityPerUnit,
        discontinued: p.discontinued,
      })),
      Customer: customers,
      Employee: EMPLOYEES.map((e, i) => ({
        employeeID: int(i + 1),
        id: int(e.id),
        firstName: e.first,
        lastName: e.last,
        title: e.title,
      })),
      Shipper: SHIPPERS.map((s, i) => ({ shipperID: int(i + 1), ...s })),
      Order: orders.map((o, i) => ({
        orderID: int(i + 1),
        id: int(i + 1),
        orderDate: o.orderDate,
        shipCity: o.shipCity,
      })),
    },
    relationships: [
      { type: 'PART_OF', from: 'Product', to: 'Category', pairs: products.map((p, i) => [i, p.category]) },
      { type: 'SUPPLIES', from: 'Supplier', to: 'Product', pairs: products.map((p, i) => [p.supplier, i]) },
      {
        type: 'REPORTS_TO',
        from: 'Employee',
        to: 'Employee',
        pairs: EMPLOYEES.flatMap((e, i): Pair[] => (e.reportsTo ? [[i, e.reportsTo - 1]] : [])),
      },
      { type: 'PURCHASED', from: 'Customer', to: 'Order', pairs: eachOrder((o) => o.customer) },
      { type: 'SOLD', from: 'Employee', to: 'Order', pairs: eachOrder((o) => o.employee) },
      { type: 'SHIPS', from: 'Shipper', to: 'Order', pairs: eachOrder((o) => o.shipper) },
      {
        type: 'ORDERS',
        from: 'Order',
        to: 'Product',
        pairs: orders.flatMap((o, i) =>
          o.lines.map((line): Pair => [i, line.product, { quantity: int(line.quantity), unitPrice: line.unitPrice }]),
        ),
      },
    ],
  };
}

export async function buildRetailGraph(executor: Executor): Promise<RetailFacts> {
  const data = generateRetail();
  await executor.runSchemaStatement(
    'CREATE CONSTRAINT product_productID IF NOT EXISTS FOR (p:Product) REQUIRE p.productID IS UNIQUE',
  );
  const counts = await writeGraph(executor, retailSpec(data));
  return retailFacts(data, counts);
}

/** What the tests assert on, worked out from the generated data (the check script confirmed it against Neo4j). */
function retailFacts(
  { suppliers, products, customers, orders, pictures }: RetailData,
  counts: GraphCounts,
): RetailFacts {
  const ordersOf = tally(orders.map((o) => o.customer));
  const linesOf = tally(orders.flatMap((o) => o.lines.map((l) => l.product)));
  const productFact = (productName: string): ProductFact => {
    const i = products.findIndex((p) => p.productName === productName);
    const p = products[i];
    return {
      productID: i + 1,
      productName,
      unitPrice: p.unitPrice,
      categoryName: CATEGORIES[p.category][0],
      supplier: suppliers[p.supplier].companyName,
      orderLines: linesOf.get(i) ?? 0,
    };
  };
  const customerFact = (customerID: string): CustomerFact => {
    const i = customers.findIndex((c) => c.customerID === customerID);
    return { ...customers[i], orders: ordersOf.get(i) ?? 0 };
  };
  const employeeFact = (i: number): EmployeeFact => {
    const e = EMPLOYEES[i];
    return { employeeID: i + 1, id: e.id, firstName: e.first, lastName: e.last, title: e.title };
  };
  const collision = 11;
  const collidingOrder = orders[collision - 1];
  const supplierProducts = tally(products.map((p) => p.supplier));
  return {
    ...counts,
    constraints: [{ label: 'Product', property: 'productID' }],
    busyCustomer: customerFact('QUICK'),
    quietCustomer: customerFact('ALFKI'),
    similarProducts: SIMILAR_NAMES.map(([a, b]) => [productFact(a), productFact(b)]),
    idCollision: {
      id: collision,
      productName: products[collision - 1].productName,
      orderDate: collidingOrder.orderDate,
      customerID: customers[collidingOrder.customer].customerID,
    },
    sharedEmployeeId: { id: 7, employees: [employeeFact(6), employeeFact(7)] },
    shippers: SHIPPERS.map((s, i) => ({ shipperID: i + 1, ...s })),
    sharedTitle: { title: SALES_REP, employees: EMPLOYEES.filter((e) => e.title === SALES_REP).length },
    topManager: { ...employeeFact(1), directReports: EMPLOYEES.filter((e) => e.reportsTo === 2).length },
    category: {
      categoryID: 1,
      categoryName: CATEGORIES[0][0],
      description: CATEGORIES[0][1],
      products: products.filter((p) => p.category === 0).length,
      pictureBytes: PICTURE_BYTES,
      pictureHex: hexHead(pictures[0]),
    },
    supplier: {
      supplierID: 1,
      companyName: suppliers[0].companyName,
      contactName: suppliers[0].contactName,
      country: suppliers[0].country,
      products: supplierProducts.get(0) ?? 0,
    },
  };
}
