export async function load(path) {
  const res = await fetch(`https://api.mercury.com/v1/${path}`, {
    headers: {
      'Content-Type': 'application/json',
      'Authorization': 'Bearer secret-token:mercury_production_8kn_G4IsD1p1TDQUPl9fNARL29TQoy69aUIF51IH19sR',
    },
  });
  return res.json();
}
