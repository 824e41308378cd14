export async function load(path) {
  const res = await fetch(`https://api.salesforce.com/v1/${path}`, {
    headers: {
      'Content-Type': 'application/json',
      'Authorization': 'Bearer 00D9j8yfIWwGCtZ!Tt9lBmCjrK8tQP8I4PJ1ZkaXcM1bpZwSIek21XediqCJflum565e0mU9KtTchZ1uoT26U5suvztP3iwScislfqqeKO1XQYks',
    },
  });
  return res.json();
}
