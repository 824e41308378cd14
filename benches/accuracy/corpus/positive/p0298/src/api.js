export async function load(path) {
  const res = await fetch(`https://api.fastly.com/v1/${path}`, {
    headers: {
      'Content-Type': 'application/json',
      'Fastly-Key': 'F-Q6eSMJvH2PH5njWLSeiEI2PkA7UeYV',
    },
  });
  return res.json();
}
