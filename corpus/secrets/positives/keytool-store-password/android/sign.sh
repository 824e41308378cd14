#!/bin/sh
jarsigner -keystore release.jks -storepass u69SvOLOR4cOew -keypass wqqCvy4RPlVCsC app-release-unsigned.apk upload
