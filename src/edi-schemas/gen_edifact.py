"""Generate the StAEDI v4 schema for UN/EDIFACT ORDERS D.96A (edifact/ORDERS-D96A.xml)."""
import os, sys
sys.path.insert(0, os.path.dirname(__file__))
import gen_x12 as g

g.GENERATOR = ('tools/gen_edifact.py', 'tools/gen_edifact.py')
g.OUT = os.path.join(os.path.dirname(__file__), '..', 'main', 'resources', 'edi', 'edifact')
# EDIFACT formats: an..n -> string, n..n -> decimal (decimal mark allowed), a1 -> string
g.BASE = {'an': 'string', 'n': 'decimal', 'a': 'string'}

E = {  # id: (format, min, max, title[, codes])
    '0081': ('a', 1, 1, 'Section identification', 'D S'),
    '1000': ('an', 1, 35, 'Document/message name'), '1001': ('an', 1, 3, 'Document/message name, coded'),
    '1004': ('an', 1, 35, 'Document/message number'), '1082': ('an', 1, 6, 'Line item number'),
    '1131': ('an', 1, 3, 'Code list qualifier'), '1153': ('an', 1, 3, 'Reference qualifier'),
    '1154': ('an', 1, 35, 'Reference number'), '1156': ('an', 1, 6, 'Line number'),
    '1222': ('n', 1, 2, 'Configuration level'), '1225': ('an', 1, 3, 'Message function, coded'),
    '1229': ('an', 1, 3, 'Action request/notification, coded'),
    '2005': ('an', 1, 3, 'Date/time/period qualifier'), '2013': ('an', 1, 3, 'Frequency, coded'),
    '2015': ('an', 1, 3, 'Despatch pattern, coded'), '2017': ('an', 1, 3, 'Despatch pattern timing, coded'),
    '2379': ('an', 1, 3, 'Date/time/period format qualifier'), '2380': ('an', 1, 35, 'Date/time/period'),
    '3035': ('an', 1, 3, 'Party qualifier'), '3036': ('an', 1, 35, 'Party name'),
    '3039': ('an', 1, 35, 'Party id. identification'), '3042': ('an', 1, 35, 'Street and number/p.o. box'),
    '3045': ('an', 1, 3, 'Party name format, coded'), '3055': ('an', 1, 3, 'Code list responsible agency, coded'),
    '3124': ('an', 1, 35, 'Name and address line'), '3139': ('an', 1, 3, 'Contact function, coded'),
    '3148': ('an', 1, 512, 'Communication number'), '3155': ('an', 1, 3, 'Communication channel qualifier'),
    '3164': ('an', 1, 35, 'City name'), '3207': ('an', 1, 3, 'Country, coded'),
    '3222': ('an', 1, 70, 'Related place/location one'), '3223': ('an', 1, 25, 'Related place/location one identification'),
    '3224': ('an', 1, 70, 'Place/location'), '3225': ('an', 1, 25, 'Place/location identification'),
    '3227': ('an', 1, 3, 'Place/location qualifier'), '3229': ('an', 1, 9, 'Country sub-entity identification'),
    '3232': ('an', 1, 70, 'Related place/location two'), '3233': ('an', 1, 25, 'Related place/location two identification'),
    '3239': ('an', 1, 3, 'Country of origin, coded'), '3251': ('an', 1, 9, 'Postcode identification'),
    '3412': ('an', 1, 35, 'Department or employee'), '3413': ('an', 1, 17, 'Department or employee identification'),
    '3453': ('an', 1, 3, 'Language, coded'), '4000': ('an', 1, 35, 'Reference version number'),
    '4017': ('an', 1, 3, 'Delivery plan status indicator, coded'), '4183': ('an', 1, 3, 'Special conditions, coded'),
    '4343': ('an', 1, 3, 'Response type, coded'), '4347': ('an', 1, 3, 'Product id. function qualifier'),
    '4405': ('an', 1, 3, 'Status, coded'), '4440': ('an', 1, 70, 'Free text'), '4441': ('an', 1, 3, 'Free text, coded'),
    '4451': ('an', 1, 3, 'Text subject qualifier'), '4453': ('an', 1, 3, 'Text function, coded'),
    '4493': ('an', 1, 3, 'Delivery requirements, coded'), '5004': ('n', 1, 18, 'Monetary amount'),
    '5025': ('an', 1, 3, 'Monetary amount type qualifier'), '5118': ('n', 1, 15, 'Price'),
    '5125': ('an', 1, 3, 'Price qualifier'), '5213': ('an', 1, 3, 'Sub-line price change, coded'),
    '5245': ('an', 1, 3, 'Percentage qualifier'), '5249': ('an', 1, 3, 'Percentage basis, coded'),
    '5284': ('n', 1, 9, 'Unit price basis'), '5375': ('an', 1, 3, 'Price type, coded'),
    '5387': ('an', 1, 3, 'Price type qualifier'), '5402': ('n', 1, 12, 'Rate of exchange'),
    '5479': ('an', 1, 3, 'Relation, coded'), '5482': ('n', 1, 10, 'Percentage'),
    '5495': ('an', 1, 3, 'Sub-line indicator, coded'), '6060': ('n', 1, 15, 'Quantity'),
    '6063': ('an', 1, 3, 'Quantity qualifier'), '6066': ('n', 1, 18, 'Control value'),
    '6069': ('an', 1, 3, 'Control qualifier'), '6152': ('n', 1, 18, 'Range maximum'),
    '6154': ('an', 1, 70, 'Measurement attribute'), '6155': ('an', 1, 17, 'Measurement attribute, coded'),
    '6162': ('n', 1, 18, 'Range minimum'), '6311': ('an', 1, 3, 'Measurement application qualifier'),
    '6313': ('an', 1, 3, 'Measurement dimension, coded'), '6314': ('n', 1, 18, 'Measurement value'),
    '6321': ('an', 1, 3, 'Measurement significance, coded'), '6341': ('an', 1, 3, 'Currency market exchange, coded'),
    '6343': ('an', 1, 3, 'Currency qualifier'), '6345': ('an', 1, 3, 'Currency, coded'),
    '6347': ('an', 1, 3, 'Currency details qualifier'), '6348': ('n', 1, 4, 'Currency rate base'),
    '6411': ('an', 1, 3, 'Measure unit qualifier'), '6432': ('n', 1, 2, 'Significant digits'),
    '7008': ('an', 1, 35, 'Item description'), '7009': ('an', 1, 17, 'Item description identification'),
    '7077': ('an', 1, 3, 'Item description type, coded'), '7081': ('an', 1, 3, 'Item characteristic, coded'),
    '7083': ('an', 1, 3, 'Configuration, coded'), '7140': ('an', 1, 35, 'Item number'),
    '7143': ('an', 1, 3, 'Item number type, coded'), '7383': ('an', 1, 3, 'Surface/layer indicator, coded'),
    '9213': ('an', 1, 3, 'Type of duty regime, coded'),
}
C = {  # composite: (title, [(element, M/C)], rules)
    'C002': ('Document/message name', [('1001', 'C'), ('1131', 'C'), ('3055', 'C'), ('1000', 'C')], []),
    'C056': ('Department or employee details', [('3413', 'C'), ('3412', 'C')], []),
    'C058': ('Name and address', [('3124', 'M')] + [('3124', 'C')] * 4, []),
    'C059': ('Street', [('3042', 'M')] + [('3042', 'C')] * 3, []),
    'C076': ('Communication contact', [('3148', 'M'), ('3155', 'M')], []),
    'C080': ('Party name', [('3036', 'M')] + [('3036', 'C')] * 4 + [('3045', 'C')], []),
    'C082': ('Party identification details', [('3039', 'M'), ('1131', 'C'), ('3055', 'C')], []),
    'C107': ('Text reference', [('4441', 'M'), ('1131', 'C'), ('3055', 'C')], []),
    'C108': ('Text literal', [('4440', 'M')] + [('4440', 'C')] * 4, []),
    'C174': ('Value/range', [('6411', 'M'), ('6314', 'C'), ('6162', 'C'), ('6152', 'C'), ('6432', 'C')], []),
    'C186': ('Quantity details', [('6063', 'M'), ('6060', 'M'), ('6411', 'C')], []),
    'C212': ('Item number identification', [('7140', 'C'), ('7143', 'C'), ('1131', 'C'), ('3055', 'C')], []),
    'C270': ('Control', [('6069', 'M'), ('6066', 'M'), ('6411', 'C')], []),
    'C273': ('Item description', [('7009', 'C'), ('1131', 'C'), ('3055', 'C'), ('7008', 'C'), ('7008', 'C'), ('3453', 'C')], []),
    'C329': ('Pattern description', [('2013', 'C'), ('2015', 'C'), ('2017', 'C')], []),
    'C501': ('Percentage details', [('5245', 'M'), ('5482', 'C'), ('5249', 'C'), ('1131', 'C'), ('3055', 'C')], []),
    'C502': ('Measurement details', [('6313', 'C'), ('6321', 'C'), ('6155', 'C'), ('6154', 'C')], []),
    'C504': ('Currency details', [('6347', 'M'), ('6345', 'C'), ('6343', 'C'), ('6348', 'C')], []),
    'C506': ('Reference', [('1153', 'M'), ('1154', 'C'), ('1156', 'C'), ('4000', 'C')], []),
    'C507': ('Date/time/period', [('2005', 'M'), ('2380', 'C'), ('2379', 'C')], []),
    'C509': ('Price information', [('5125', 'M'), ('5118', 'C'), ('5375', 'C'), ('5387', 'C'), ('5284', 'C'), ('6411', 'C')], []),
    'C516': ('Monetary amount', [('5025', 'M'), ('5004', 'C'), ('6345', 'C'), ('6343', 'C'), ('4405', 'C')], []),
    'C517': ('Location identification', [('3225', 'C'), ('1131', 'C'), ('3055', 'C'), ('3224', 'C')], []),
    'C519': ('Related location one identification', [('3223', 'C'), ('1131', 'C'), ('3055', 'C'), ('3222', 'C')], []),
    'C553': ('Related location two identification', [('3233', 'C'), ('1131', 'C'), ('3055', 'C'), ('3232', 'C')], []),
    'C829': ('Sub-line information', [('5495', 'C'), ('1082', 'C')], []),
}
SEG = {
    'BGM': ('Beginning of message', [('C002', 'C'), ('1004', 'C'), ('1225', 'C'), ('4343', 'C')], []),
    'DTM': ('Date/time/period', [('C507', 'M')], []),
    'FTX': ('Free text', [('4451', 'M'), ('4453', 'C'), ('C107', 'C'), ('C108', 'C'), ('3453', 'C')], []),
    'RFF': ('Reference', [('C506', 'M')], []),
    'NAD': ('Name and address', [('3035', 'M'), ('C082', 'C'), ('C058', 'C'), ('C080', 'C'), ('C059', 'C'),
                                 ('3164', 'C'), ('3229', 'C'), ('3251', 'C'), ('3207', 'C')], []),
    'LOC': ('Place/location identification', [('3227', 'M'), ('C517', 'C'), ('C519', 'C'), ('C553', 'C'), ('5479', 'C')], []),
    'CTA': ('Contact information', [('3139', 'C'), ('C056', 'C')], []),
    'COM': ('Communication contact', [('C076', 'M')], []),
    'CUX': ('Currencies', [('C504', 'C'), ('C504', 'C'), ('5402', 'C'), ('6341', 'C')], []),
    'ALI': ('Additional information', [('3239', 'C'), ('9213', 'C')] + [('4183', 'C')] * 5, []),
    'LIN': ('Line item', [('1082', 'C'), ('1229', 'C'), ('C212', 'C'), ('C829', 'C'), ('1222', 'C'), ('7083', 'C')], []),
    'PIA': ('Additional product id', [('4347', 'M'), ('C212', 'M')] + [('C212', 'C')] * 4, []),
    'IMD': ('Item description', [('7077', 'C'), ('7081', 'C'), ('C273', 'C'), ('7383', 'C')], []),
    'MEA': ('Measurements', [('6311', 'M'), ('C502', 'C'), ('C174', 'C'), ('7383', 'C')], []),
    'QTY': ('Quantity', [('C186', 'M')], []),
    'PCD': ('Percentage details', [('C501', 'M')], []),
    'MOA': ('Monetary amount', [('C516', 'M')], []),
    'PRI': ('Price details', [('C509', 'C'), ('5213', 'C')], []),
    'SCC': ('Scheduling conditions', [('4017', 'M'), ('4493', 'C'), ('C329', 'C')], []),
    'UNS': ('Section control', [('0081', 'M')], []),
    'CNT': ('Control total', [('C270', 'M')], []),
}
OPQ = {  # D.96A segments accepted with unmodelled content: e = simple, c = composite position
    'PAI': ('Payment instructions', 'c'), 'FII': ('Financial institution information', 'ecce'),
    'DOC': ('Document/message details', 'cceee'), 'TAX': ('Duty/tax/fee details', 'ecceece'),
    'PAT': ('Payment terms basis', 'ecc'), 'TDT': ('Details of transport', 'eecceecce'),
    'TOD': ('Terms of delivery or transport', 'eec'), 'PAC': ('Package', 'ecccc'),
    'PCI': ('Package identification', 'ecec'), 'GIN': ('Goods identity number', 'eccccc'),
    'GIR': ('Related identification numbers', 'eccccc'), 'EQD': ('Equipment details', 'ecceee'),
    'HAN': ('Handling instructions', 'cc'), 'APR': ('Additional price information', 'ecc'),
    'RNG': ('Range details', 'ec'), 'ALC': ('Allowance or charge', 'eceec'), 'RTE': ('Rate details', 'c'),
    'RCS': ('Requirements and conditions', 'ece'), 'QVR': ('Quantity variances', 'cec'),
    'CCI': ('Characteristic/class id', 'ecc'), 'CAV': ('Characteristic value', 'c'), 'STG': ('Stages', 'eee'),
}
g.SEGMENTS.clear(); g.SEGMENTS.update(SEG)
g.OPAQUE.clear(); g.OPAQUE.update(OPQ)
g.OPAQUE_COMPONENTS = 10
g.opaque_shape = lambda tag: (OPQ[tag][0], len(OPQ[tag][1]), [i + 1 for i, k in enumerate(OPQ[tag][1]) if k == 'c'])
S, L = g.S, g.L
RFF_DTM = lambda code, mx: L(code, 0, mx, S('RFF', 1), S('DTM', 0, 5))
ALC_GROUP = lambda n, mx: L(f'SG{n}', 0, mx, S('ALC', 1), S('ALI', 0, 5), S('DTM', 0, 5),
                            L(f'SG{n+1}', 0, 1, S('QTY', 1), S('RNG')), L(f'SG{n+2}', 0, 1, S('PCD', 1), S('RNG')),
                            L(f'SG{n+3}', 0, 2, S('MOA', 1), S('RNG')), L(f'SG{n+4}', 0, 1, S('RTE', 1), S('RNG')),
                            L(f'SG{n+5}', 0, 5, S('TAX', 1), S('MOA')))
ORDERS = [
    S('BGM', 1), S('DTM', 1, 35), S('PAI'), S('ALI', 0, 5), S('IMD'), S('FTX', 0, 99),
    RFF_DTM('SG1', 10),
    L('SG2', 0, 99, S('NAD', 1), S('LOC', 0, 25), S('FII', 0, 5), RFF_DTM('SG3', 10),
      L('SG4', 0, 5, S('DOC', 1), S('DTM', 0, 5)), L('SG5', 0, 5, S('CTA', 1), S('COM', 0, 5))),
    L('SG6', 0, 5, S('TAX', 1), S('MOA'), S('LOC', 0, 5)),
    L('SG7', 0, 5, S('CUX', 1), S('PCD', 0, 5), S('DTM', 0, 5)),
    L('SG8', 0, 10, S('PAT', 1), S('DTM', 0, 5), S('PCD'), S('MOA')),
    L('SG9', 0, 10, S('TDT', 1), L('SG10', 0, 10, S('LOC', 1), S('DTM', 0, 5))),
    L('SG11', 0, 5, S('TOD', 1), S('LOC', 0, 2)),
    L('SG12', 0, 10, S('PAC', 1), S('MEA', 0, 5), L('SG13', 0, 5, S('PCI', 1), S('RFF'), S('DTM', 0, 5), S('GIN', 0, 10))),
    L('SG14', 0, 10, S('EQD', 1), S('HAN', 0, 5), S('MEA', 0, 5), S('FTX', 0, 5)),
    L('SG15', 0, 10, S('SCC', 1), S('FTX', 0, 5), S('RFF', 0, 5), L('SG16', 0, 10, S('QTY', 1), S('DTM', 0, 5))),
    L('SG17', 0, 25, S('APR', 1), S('DTM', 0, 5), S('RNG')),
    ALC_GROUP(18, 15),
    L('SG24', 0, 100, S('RCS', 1), S('RFF', 0, 5), S('DTM', 0, 5), S('FTX', 0, 5)),
    L('SG25', 0, 200000,
      S('LIN', 1), S('PIA', 0, 25), S('IMD', 0, 99), S('MEA', 0, 5), S('QTY', 0, 10), S('PCD', 0, 5),
      S('ALI', 0, 5), S('DTM', 0, 35), S('MOA', 0, 10), S('GIN', 0, 1000), S('GIR', 0, 1000), S('QVR'),
      S('DOC', 0, 5), S('PAI'), S('FTX', 0, 99),
      L('SG26', 0, 999, S('CCI', 1), S('CAV', 0, 10), S('MEA', 0, 10)),
      L('SG27', 0, 10, S('PAT', 1), S('DTM', 0, 5), S('PCD'), S('MOA')),
      L('SG28', 0, 25, S('PRI', 1), S('CUX'), S('APR'), S('RNG'), S('DTM', 0, 5)),
      RFF_DTM('SG29', 10),
      L('SG30', 0, 10, S('PAC', 1), S('MEA', 0, 5), S('QTY', 0, 5), S('DTM', 0, 5), S('RFF'),
        L('SG31', 0, 5, S('PCI', 1), S('RFF'), S('DTM', 0, 5), S('GIN', 0, 10))),
      L('SG32', 0, 9999, S('LOC', 1), S('QTY'), S('DTM', 0, 5)),
      L('SG33', 0, 10, S('TAX', 1), S('MOA'), S('LOC', 0, 5)),
      L('SG34', 0, 99, S('NAD', 1), S('LOC', 0, 5), RFF_DTM('SG35', 5),
        L('SG36', 0, 5, S('DOC', 1), S('DTM', 0, 5)), L('SG37', 0, 5, S('CTA', 1), S('COM', 0, 5))),
      ALC_GROUP(38, 99),
      L('SG44', 0, 10, S('TDT', 1), L('SG45', 0, 10, S('LOC', 1), S('DTM', 0, 5))),
      L('SG46', 0, 5, S('TOD', 1), S('LOC', 0, 2)),
      L('SG47', 0, 10, S('EQD', 1), S('HAN', 0, 5), S('MEA', 0, 5), S('FTX', 0, 5)),
      L('SG48', 0, 100, S('SCC', 1), S('FTX', 0, 5), S('RFF', 0, 5), L('SG49', 0, 10, S('QTY', 1), S('DTM', 0, 5))),
      L('SG50', 0, 100, S('RCS', 1), S('RFF', 0, 5), S('DTM', 0, 5), S('FTX', 0, 5)),
      L('SG51', 0, 10, S('STG', 1), L('SG52', 0, 3, S('QTY', 1), S('MOA')))),
    S('UNS', 1), S('MOA', 0, 12), S('CNT', 0, 10),
    L('SG53', 0, 10, S('ALC', 1), S('ALI'), S('MOA', 1, 2)),
]

def render_element_type(eid, elements, lines):
    spec = elements[eid]
    fmt, mn, mx, title = spec[:4]
    enum = spec[4] if len(spec) > 4 else None
    base = g.BASE[fmt]
    minattr = f' minLength="{mn}"' if mn != 1 else ''
    head = f'  <elementType name="E{eid}" code="{eid}" title="{g.esc(title)}" base="{base}"{minattr} maxLength="{mx}"'
    if enum:
        lines += [head + '>', '    <enumeration>'] + [f'      <value>{v}</value>' for v in enum.split()] + ['    </enumeration>', '  </elementType>']
    else:
        lines.append(head + '/>')
g.render_element_type = render_element_type
_orig_sort = sorted
if __name__ == '__main__':
    g.generate('ORDERS-D96A.xml', '''
UN/EDIFACT ORDERS (Purchase order message), directory D.96A.  Message content only:
UNH/UNT (and UNB/UNG/UNE/UNZ) are validated by StAEDI's built-in control schema.
Segment groups follow the D.96A message structure (SG1..SG53).  Fully modelled
segments: BGM DTM FTX RFF NAD LOC CTA COM CUX ALI LIN PIA IMD MEA QTY PCD MOA PRI SCC
UNS CNT (composites with D.96A component lengths).  No code lists except 0081 (UNS01),
so the schema also accepts EANCOM subsets (EAN008) and, approximately, D.96B ORDERS.
Numeric (n..) elements use base "decimal"; sign and decimal mark are not counted in
the length.  Decimal mark: the UNA one, or either '.' or ',' for syntax 4 / no UNA.''', ORDERS,
               SEG, E, C)
