/** Calculator: the public grid connection fee calculator and its breakdown table. */
package io.meterhub.dashboard.calculator;
