package id.merit.orgunit;

/** Plt (pelaksana tugas: the post is vacant) and Plh (pelaksana harian: the holder is temporarily away). */
public enum ActingKind { PLT, PLH }
