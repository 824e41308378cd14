package main

import "os"

func init() {
	os.Setenv("OVH_APPLICATION_KEY", "QelvmVfIwXybdsEf")
	os.Setenv("OVH_APPLICATION_SECRET", "2bge1cf40l1nf59toj9wwm4z7iqne2s7")
}
