export async function load(path) {
  const res = await fetch(`https://api.influxdb.com/v1/${path}`, {
    headers: {
      'Content-Type': 'application/json',
      'Authorization': 'Token H9arZv7_S6n65gVSKPJz__xq-bY07mCn-rlCxx_nfgcHPrg0Eg8aCswYbYEFHxQxfru4Fbroaxb3r6pZjWJTsi==',
    },
  });
  return res.json();
}
