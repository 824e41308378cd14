export async function load(path) {
  const res = await fetch(`https://api.firebase.com/v1/${path}`, {
    headers: {
      'Content-Type': 'application/json',
      'Authorization': 'key=AAAA7Rg41tD:APA91bw8aO2uf0oxQXnzQbjmCrb1jjtnk1lNVqU_jLzD8qx4DJAY_muKZjRIRho02gS87aLbOIee9U1AFH98YNqMOWPv7PM-dqkR6ZC333otumF4z3d_vOve80xNt8_-r6wsZ8Hs5STO',
    },
  });
  return res.json();
}
