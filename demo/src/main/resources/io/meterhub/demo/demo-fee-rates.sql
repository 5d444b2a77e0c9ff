-- Connection fee rates of the demo grid company for 2025-2027; every ? is the organization's id.
-- Statements end with a semicolon; no semicolons inside comments or text.
--
-- CONFIRMED by the Rules (п. 17 of Decree No. 861, from 1 July 2022): the preferential fee covers up to 15 kW in
-- total, at 0.4 kV, within 300 m of the grid in towns (500 m in rural areas), and is the lower of the
-- standardized rates and a regional rate per kW.
-- CONFIRMED as quoted by a grid company (not the federal text): 1000 rub per kW for the special categories.
-- DEMO VALUES, to be set by the organization from its regional tariff decision: every preferential rate per kW
-- and every standardized rate (per connection, per kW, per km) below. They are of the scale of published
-- regional figures (3 192 to 7 000 rub per kW for the preferential rate in 2023) but are no region's.

INSERT INTO connection_fee_schedule (organization_id, year, preferential_per_kw, preferential_max_kw, preferential_max_line_km,
                                     special_per_kw, decision)
SELECT ?, v.year, v.preferential_per_kw, 15, 0.3, 1000.00, v.decision
  FROM (VALUES
        -- preferential_per_kw: demo value, to be set by the organization
        (2025, 5000.00, 'Демонстрационные ставки на 2025 год (устанавливает организация по решению регионального органа тарифного регулирования)'),
        (2026, 5423.11, 'Демонстрационные ставки на 2026 год (устанавливает организация по решению регионального органа тарифного регулирования)'),
        (2027, 5800.00, 'Демонстрационные ставки на 2027 год (устанавливает организация по решению регионального органа тарифного регулирования)')
       ) AS v (year, preferential_per_kw, decision)
ON CONFLICT (organization_id, year) DO NOTHING;

INSERT INTO connection_fee_rate (organization_id, year, voltage_level, per_connection, per_kw, per_km)
SELECT ?, v.year, v.voltage_level, v.per_connection, v.per_kw, v.per_km
  FROM (VALUES
        -- all demo values, to be set by the organization: rub per connection, rub per kW, rub per km of line
        (2025, 'LV_0_4',   25000.00,  9500.00,  1450000.00),
        (2025, 'MV_6_10',  45000.00,  8200.00,  2300000.00),
        (2025, 'MV_35',   120000.00,  6900.00,  4800000.00),
        (2025, 'HV_110',  350000.00,  5600.00,  9500000.00),
        (2026, 'LV_0_4',   26500.00, 10070.55,  1537000.00),
        (2026, 'MV_6_10',  47700.00,  8692.00,  2438000.00),
        (2026, 'MV_35',   127200.00,  7314.00,  5088000.00),
        (2026, 'HV_110',  371000.00,  5936.00, 10070000.00),
        (2027, 'LV_0_4',   27825.00, 10574.08,  1613850.00),
        (2027, 'MV_6_10',  50085.00,  9126.60,  2559900.00),
        (2027, 'MV_35',   133560.00,  7679.70,  5342400.00),
        (2027, 'HV_110',  389550.00,  6232.80, 10573500.00)
       ) AS v (year, voltage_level, per_connection, per_kw, per_km)
ON CONFLICT (organization_id, year, voltage_level) DO NOTHING;
